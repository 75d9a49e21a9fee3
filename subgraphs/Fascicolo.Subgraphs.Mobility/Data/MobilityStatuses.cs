namespace Fascicolo.Subgraphs.Mobility.Data;

/// <summary>Where a vehicle tax period stands today.</summary>
internal enum VehicleTaxStatus
{
    /// <summary>Paid.</summary>
    Paid,

    /// <summary>Unpaid, and the due date has not passed.</summary>
    Due,

    /// <summary>Unpaid after the due date: the region will add penalties and interest (ravvedimento or assessment).</summary>
    Overdue,

    /// <summary>Nothing to pay.</summary>
    Exempt,
}

/// <summary>Whether a car's liability insurance covers it today.</summary>
internal enum InsuranceStatus
{
    /// <summary>The policy runs.</summary>
    Valid,

    /// <summary>Expired less than 15 days ago: still covered (periodo di tolleranza).</summary>
    GracePeriod,

    /// <summary>Not covered: the car may not be driven or parked on public roads.</summary>
    Expired,
}

/// <summary>Where a car's periodic inspection stands today.</summary>
internal enum InspectionStatus
{
    /// <summary>The next inspection is more than 60 days away.</summary>
    Valid,

    /// <summary>Due within 60 days.</summary>
    DueSoon,

    /// <summary>The due date has passed: driving the car is fined (art. 80 c. 14).</summary>
    Overdue,
}

/// <summary>Where a fine stands today.</summary>
internal enum TrafficFineStatus
{
    /// <summary>Paid.</summary>
    Paid,

    /// <summary>Unpaid, within 5 days of notification: the reduced amount may be paid.</summary>
    PayableReduced,

    /// <summary>Unpaid, within 60 days of notification: the full amount is due.</summary>
    Payable,

    /// <summary>Unpaid after 60 days: it will be collected by enforcement (ruolo) at up to half the maximum sanction.</summary>
    Overdue,
}

/// <summary>The statuses of the mobility records on a given day.</summary>
internal static class MobilityStatuses
{
    /// <summary>Days before an inspection's due date it counts as due soon.</summary>
    public const int InspectionDueSoonDays = 60;

    /// <summary>The status of a tax period.</summary>
    public static VehicleTaxStatus Of(VehicleTaxRecord tax, DateOnly today) =>
        tax.AmountCents == 0 ? VehicleTaxStatus.Exempt
        : tax.PaidOn is not null ? VehicleTaxStatus.Paid
        : today <= tax.DueDate ? VehicleTaxStatus.Due
        : VehicleTaxStatus.Overdue;

    /// <summary>The status of an insurance expiring on <paramref name="expiresOn"/>.</summary>
    public static InsuranceStatus Insurance(DateOnly expiresOn, DateOnly today) =>
        today <= expiresOn ? InsuranceStatus.Valid
        : today <= expiresOn.AddDays(Domain.SyntheticCity.Mobility.VehicleInsurance.GraceDays) ? InsuranceStatus.GracePeriod
        : InsuranceStatus.Expired;

    /// <summary>The status of an inspection due on <paramref name="dueOn"/>.</summary>
    public static InspectionStatus Inspection(DateOnly dueOn, DateOnly today) =>
        dueOn < today ? InspectionStatus.Overdue
        : dueOn <= today.AddDays(InspectionDueSoonDays) ? InspectionStatus.DueSoon
        : InspectionStatus.Valid;

    /// <summary>The status of a fine.</summary>
    public static TrafficFineStatus Of(TrafficFineRecord fine, DateOnly today) =>
        fine.PaidOn is not null ? TrafficFineStatus.Paid
        : fine.ReducedCents is not null && today <= Domain.SyntheticCity.Mobility.FineAmounts.ReducedUntil(fine.NotifiedOn) ? TrafficFineStatus.PayableReduced
        : today <= Domain.SyntheticCity.Mobility.FineAmounts.PayableUntil(fine.NotifiedOn) ? TrafficFineStatus.Payable
        : TrafficFineStatus.Overdue;

    /// <summary>What paying a fine costs today: null when paid; the reduced amount while it applies; else the full amount.</summary>
    public static long? AmountDue(TrafficFineRecord fine, DateOnly today) => Of(fine, today) switch
    {
        TrafficFineStatus.Paid => null,
        TrafficFineStatus.PayableReduced => fine.ReducedCents,
        _ => fine.FullCents,
    };
}
