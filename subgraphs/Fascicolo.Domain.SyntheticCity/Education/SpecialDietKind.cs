namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>Why a child eats a special diet (dieta speciale) at the canteen.</summary>
public enum SpecialDietKind
{
    /// <summary>For a health reason (allergy, intolerance, coeliac disease…): needs a medical certificate.</summary>
    Medical,

    /// <summary>For a religious reason, on the parents' declaration.</summary>
    Religious,

    /// <summary>For an ethical or cultural choice (vegetarian, vegan), on the parents' declaration.</summary>
    Ethical,
}
