using Fascicolo.Subgraphs.Territory.RedZones;
using GraphQL;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The territory subgraph's root <c>Mutation</c> fields.</summary>
internal sealed class MutationGraphType : ObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public MutationGraphType()
    {
        Name = "Mutation";

        Field<NonNullGraphType<RedZoneRegistrationGraphType>>("registerRedZoneContact")
            .Description(
                "Registers a house number in a flood red zone with the people who live there and their phones, so the civil " +
                "protection can alert them. All or nothing: a building that is not in a red zone, an invalid phone number or a " +
                "person already registered there refuses the whole registration with a coded error.")
            .Argument<NonNullGraphType<RegisterRedZoneContactInputGraphType>>("input", "The house number and the people to alert.")
            .ResolveAsync(async context =>
            {
                var request = context.GetArgument<RegisterRedZoneContactInput>("input").Validate();
                var clock = context.RequestServices!.GetRequiredService<TerritoryClock>();
                return await RedZoneRegistrar.RegisterAsync(context.RequestServices!, request, clock.UtcNow, context.CancellationToken).ConfigureAwait(false);
            });
    }
}
