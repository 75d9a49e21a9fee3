using Fascicolo.Subgraphs.Mobility.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>The <c>TrafficFineStatus</c> enum.</summary>
internal sealed class TrafficFineStatusGraphType : EnumerationGraphType
{
    /// <summary>Declares the values.</summary>
    public TrafficFineStatusGraphType()
    {
        Name = "TrafficFineStatus";
        Description = "Where a fine stands today.";
        Add("PAID", TrafficFineStatus.Paid, "Paid.");
        Add("PAYABLE_REDUCED", TrafficFineStatus.PayableReduced, "Unpaid, within 5 days of notification: the 30% reduced amount may be paid.");
        Add("PAYABLE", TrafficFineStatus.Payable, "Unpaid, within 60 days of notification: the full amount is due.");
        Add("OVERDUE", TrafficFineStatus.Overdue, "Unpaid after 60 days: to be collected by enforcement at up to half the maximum sanction.");
    }
}
