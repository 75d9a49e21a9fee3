using Fascicolo.Domain.FiscalCodes;

namespace Fascicolo.Subgraphs.Territory.RedZones;

/// <summary>A person to register at the house number, as the client sent it (GraphQL.NET sets the properties).</summary>
internal sealed class RedZoneMemberInput
{
    /// <summary>The person's fiscal code, validated by the <c>FiscalCode</c> scalar.</summary>
    public FiscalCode FiscalCode { get; set; }

    /// <summary>The phone to alert them on, as typed.</summary>
    public string Phone { get; set; } = string.Empty;
}
