using Fascicolo.Gateway.Composition;
using Fascicolo.Gateway.Planning;
using Fascicolo.Gateway.Trust;

namespace Fascicolo.Gateway.Identity;

/// <summary>
/// The gateway's early refusal of personal data: the fields marked <c>@personalData</c> in the supergraph
/// (on the field or its type) are refused before planning to callers who may read none of them, so no
/// subgraph is asked. Which person's data a caller may read is decided by the subgraphs (they own it);
/// this only spares them requests that can never succeed.
/// </summary>
/// <remarks>
/// The reasons and messages are the subgraph kit's, so a client sees the same error whichever side refused.
/// One <see cref="FieldRefusals"/> per reason, built once per supergraph, keeps the plan cache to a few
/// entries per operation.
/// </remarks>
internal sealed class PersonalDataRefusals
{
    /// <summary>The directive the subgraphs mark personal data with, exported to the supergraph.</summary>
    public const string Directive = "personalData";

    public const string Code = "FORBIDDEN";

    private readonly FieldRefusals _authenticationRequired;
    private readonly FieldRefusals _roleNotAllowed;
    private readonly FieldRefusals _assuranceTooLow;
    private readonly FieldRefusals _purposeRequired;

    public PersonalDataRefusals(Supergraph supergraph)
    {
        var coordinates = SupergraphDirectives.FieldsMarkedWith(supergraph, Directive);
        Count = coordinates.Count;
        _authenticationRequired = Refuse(coordinates, "AUTHENTICATION_REQUIRED", "Access denied: sign in to read this field.");
        _roleNotAllowed = Refuse(coordinates, "ROLE_NOT_ALLOWED", "Access denied: your role may not read this field.");
        _assuranceTooLow = Refuse(coordinates, "ASSURANCE_TOO_LOW", "Access denied: sign in with SPID level 2 or higher (or CIE) to read personal data.");
        _purposeRequired = Refuse(coordinates, "PURPOSE_REQUIRED", "Access denied: state the purpose of the request (header Fascicolo-Purpose).");
    }

    /// <summary>How many fields of the supergraph are personal.</summary>
    public int Count { get; }

    /// <summary>The personal fields refused to <paramref name="caller"/>: all of them, or none.</summary>
    public FieldRefusals For(Caller? caller) => caller?.Role switch
    {
        null or CallerRoles.Anonymous => _authenticationRequired,
        CallerRoles.Citizen => caller.Assurance < 2 ? _assuranceTooLow : FieldRefusals.None,
        CallerRoles.Operator or CallerRoles.Service => caller.Purpose is null ? _purposeRequired : FieldRefusals.None,

        // Analysts, and any role this code does not know: fail closed.
        _ => _roleNotAllowed,
    };

    private static FieldRefusals Refuse(IReadOnlyList<string> coordinates, string reason, string message) =>
        FieldRefusals.Create(coordinates, new FieldRefusal(message, Code, reason));
}
