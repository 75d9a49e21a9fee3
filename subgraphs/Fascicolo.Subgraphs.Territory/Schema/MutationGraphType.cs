using Fascicolo.Gateway.Trust;
using Fascicolo.Subgraphs.Kit;
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
                "person already registered there refuses the whole registration with a coded error. A citizen registers as themselves, " +
                "naming only themselves and the minors in their care (others: FORBIDDEN, NOT_YOUR_DATA); a territory desk may register anyone.")
            .Argument<NonNullGraphType<RegisterRedZoneContactInputGraphType>>("input", "The house number and the people to alert.")
            // A resident for their own household, or a territory desk (the kit checks its ente, department and purpose).
            .RequireRole(CallerRoles.Citizen, CallerRoles.Operator)
            .ResolveAsync(async context =>
            {
                var request = context.GetArgument<RegisterRedZoneContactInput>("input").Validate();
                RedZoneRegistrationAccess.Check(context.GetCaller(), request);
                var clock = context.RequestServices!.GetRequiredService<TerritoryClock>();
                return await RedZoneRegistrar.RegisterAsync(context.RequestServices!, request, clock.UtcNow, context.CancellationToken).ConfigureAwait(false);
            });
    }
}
