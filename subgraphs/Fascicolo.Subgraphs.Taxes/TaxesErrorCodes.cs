namespace Fascicolo.Subgraphs.Taxes;

/// <summary>The <c>extensions.code</c> values the taxes subgraph adds to the kit's.</summary>
internal static class TaxesErrorCodes
{
    /// <summary>
    /// A tax year outside the ones the city holds (the reference year and the four before);
    /// <c>extensions.year</c>, <c>extensions.firstYear</c> and <c>extensions.lastYear</c> say which.
    /// </summary>
    public const string TaxYearNotSupported = "TAX_YEAR_NOT_SUPPORTED";

    /// <summary>An assessment id that cannot be one (not <c>AVV-IMU-yyyy-nnnnnnn</c> or <c>AVV-TARI-yyyy-nnnnnnn</c>).</summary>
    public const string InvalidAssessmentId = "INVALID_TAX_ASSESSMENT_ID";

    /// <summary>An IMU simulation input that cannot be computed; <c>extensions.field</c> and <c>extensions.reason</c> say why.</summary>
    public const string InvalidImuSimulation = "INVALID_IMU_SIMULATION";
}
