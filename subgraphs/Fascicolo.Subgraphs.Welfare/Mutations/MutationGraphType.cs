using Fascicolo.Gateway.Trust;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Welfare.Schema;
using GraphQL;
using GraphQL.Types;
using Npgsql;

namespace Fascicolo.Subgraphs.Welfare.Mutations;

/// <summary>
/// The welfare subgraph's root <c>Mutation</c> fields: what a social desk records. Only operators of the
/// social department of this subgraph's ente, with a purpose, may call them: the kit refuses anyone else
/// before the resolver runs, so a refused call writes nothing.
/// </summary>
internal sealed class MutationGraphType : ObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public MutationGraphType()
    {
        Name = "Mutation";

        Field<NonNullGraphType<SocialCaseGraphType>>("openSocialCase")
            .Description("Opens a social case for a person's request for help.")
            .Argument<NonNullGraphType<OpenSocialCaseInputGraphType>>("input", "The request.")
            .RequireRole(CallerRoles.Operator)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<OpenSocialCaseInput>("input");
                var (socialWorker, note) = input.Validate(context.RequestServices!.GetRequiredService<WelfareClock>().Today);
                return await SocialCaseWriter.OpenAsync(DataSource(context), input, socialWorker, note, context.CancellationToken).ConfigureAwait(false);
            });

        Field<NonNullGraphType<SocialCaseGraphType>>("changeSocialCaseStatus")
            .Description("Moves a social case along its life cycle and appends the change to its history.")
            .Argument<NonNullGraphType<ChangeSocialCaseStatusInputGraphType>>("input", "The change.")
            .RequireRole(CallerRoles.Operator)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<ChangeSocialCaseStatusInput>("input");
                var note = input.Validate(context.RequestServices!.GetRequiredService<WelfareClock>().Today);
                return await SocialCaseWriter.ChangeStatusAsync(DataSource(context), input, note, context.CancellationToken).ConfigureAwait(false);
            });

        Field<NonNullGraphType<WelfareBenefitGraphType>>("recordWelfareBenefit")
            .Description("Records a benefit granted to a beneficiary (a SIUSS benefit record).")
            .Argument<NonNullGraphType<RecordWelfareBenefitInputGraphType>>("input", "The benefit.")
            .RequireRole(CallerRoles.Operator)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<RecordWelfareBenefitInput>("input");
                var type = input.Validate();
                return await BenefitWriter.RecordAsync(DataSource(context), input, type, context.CancellationToken).ConfigureAwait(false);
            });
    }

    private static NpgsqlDataSource DataSource(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<NpgsqlDataSource>();
}
