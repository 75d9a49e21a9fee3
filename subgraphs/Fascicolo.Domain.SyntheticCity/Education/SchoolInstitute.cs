namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>An istituto comprensivo: the state institution that runs several schools (plessi) of one area.</summary>
/// <param name="Code">Its meccanografico code, e.g. <c>GEIC80100D</c>.</param>
/// <param name="Name">Its name, e.g. <c>Istituto Comprensivo Albaro</c>.</param>
public sealed record SchoolInstitute(string Code, string Name);
