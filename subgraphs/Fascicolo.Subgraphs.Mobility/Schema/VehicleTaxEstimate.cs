using Fascicolo.Domain.SyntheticCity.Mobility;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>A vehicle tax computed for given car data (the public "calcola il bollo").</summary>
internal sealed record VehicleTaxEstimate(DateOnly PeriodStart, VehicleTaxAssessment Assessment, EmissionClass EmissionClass);
