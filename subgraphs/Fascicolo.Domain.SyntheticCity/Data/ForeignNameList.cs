using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Data;

/// <summary>The given names and surnames of one naming tradition.</summary>
/// <param name="Male">Male given names.</param>
/// <param name="Female">Female given names.</param>
/// <param name="Surnames">Surnames.</param>
/// <param name="DoubleSurname">Whether a surname is the father's first surname plus the mother's.</param>
internal sealed record ForeignNameList(
    WeightedTable<string> Male,
    WeightedTable<string> Female,
    WeightedTable<string> Surnames,
    bool DoubleSurname);
