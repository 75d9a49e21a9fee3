using System.Globalization;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>An exact amount of euro, in integer cents: no subgraph ever stores or adds money as a float.</summary>
/// <param name="Cents">The amount in euro cents; negative for refunds and credits.</param>
public readonly record struct Money(long Cents)
{
    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    /// <summary>Zero euro.</summary>
    public static Money Zero { get; } = new(0);

    /// <summary>The amount as Italians write it, e.g. <c>€ 1.234,56</c>; culture-independent of the host.</summary>
    public string Formatted
    {
        get
        {
            var euro = Math.Abs(Cents) / 100;
            var cents = Math.Abs(Cents) % 100;
            var sign = Cents < 0 ? "-" : string.Empty;
            return $"{sign}€ {euro.ToString("#,0", Italian)},{cents:D2}";
        }
    }

    /// <summary>The sum of two amounts.</summary>
    public static Money operator +(Money left, Money right) => new(checked(left.Cents + right.Cents));

    /// <summary>The difference of two amounts.</summary>
    public static Money operator -(Money left, Money right) => new(checked(left.Cents - right.Cents));

    /// <summary>The sum of two amounts.</summary>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>The difference of two amounts.</summary>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <inheritdoc />
    public override string ToString() => Formatted;
}
