using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>The account names of the officers who review procedures at each desk.</summary>
internal static class Officers
{
    private const int SueOfficers = 8;
    private const int SuapOfficers = 5;

    /// <summary>One of the desk's officers, e.g. <c>sue.istruttore03</c>.</summary>
    public static string Pick(PermitDesk desk, SplitMix64 random) => desk == PermitDesk.Sue
        ? $"sue.istruttore{random.Next(1, SueOfficers):D2}"
        : $"suap.istruttore{random.Next(1, SuapOfficers):D2}";
}
