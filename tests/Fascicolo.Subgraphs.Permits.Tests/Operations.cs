using Fascicolo.Gateway.Trust;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Permits.Tests;

/// <summary>The GraphQL documents the tests send.</summary>
internal static class Operations
{
    /// <summary>Every field of a procedure, nested ones included.</summary>
    public const string ProcedureFields = """
        id protocolNumber desk kind kindName title
        applicant { fiscalCode }
        building { id }
        company { fiscalCode name }
        state version allowedTransitions submittedAt conclusionDueOn integrationDueOn concludedAt
        steps { sequence state transition at actor note }
        documents { name type mediaType sizeBytes sha256 uploadedAt }
        fees { description amount { cents } paymentPosition { iupd } }
        """;

    /// <summary>A citizen through <c>_entities</c>, with their procedures and businesses in full.</summary>
    public const string CitizenEntities = $$"""
        query Entities($representations: [_Any!]!) {
          _entities(representations: $representations) {
            __typename
            ... on Citizen {
              fiscalCode
              procedures { {{ProcedureFields}} }
              companies {
                fiscalCode name registeredOn
                legalForm { code name }
                ateco { code description }
                owner { fiscalCode }
                premises { id }
                procedures { id protocolNumber state }
              }
            }
          }
        }
        """;

    /// <summary>One procedure by id.</summary>
    public const string Procedure = $$"""
        query Procedure($id: ID!) { procedure(id: $id) { {{ProcedureFields}} } }
        """;

    /// <summary>The mutation, returning the procedure's state and the step.</summary>
    public const string Advance = """
        mutation Advance($input: AdvanceProcedureInput!) {
          advanceProcedure(input: $input) {
            procedure { id state version allowedTransitions conclusionDueOn integrationDueOn concludedAt steps { sequence state transition at actor note } }
            step { sequence state transition at actor note }
          }
        }
        """;

    /// <summary>Who takes the steps: an operator of the permits desk of Genova, with a purpose (a fresh request id each time).</summary>
    public static Caller Desk() => TestCallers.Operator("permits", purpose: "istruttoria SUE/SUAP");

    /// <summary>The mutation's input.</summary>
    public static object AdvanceInput(string id, string transition, int expectedVersion, string @operator = "suap.istruttore02", string? note = null) =>
        new { input = new { id, transition, expectedVersion, @operator, note } };
}
