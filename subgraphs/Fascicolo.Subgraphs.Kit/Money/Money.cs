using System.Globalization;
using System.Text;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>An exact amount of euro, in integer cents: no subgraph ever stores or adds money as a float.</summary>
/// <param name="Cents">The amount in euro cents; negative for refunds and credits.</param>
public readonly record struct Money(long Cents)
{
    /// <summary>Zero euro.</summary>
    public static Money Zero { get; } = new(0);

    /// <summary>The amount as Italians write it, e.g. <c>€ 1.234,56</c>, whatever the host's culture.</summary>
    /// <remarks>
    /// Built by hand: the hosts run with invariant globalization, where the it-IT culture does not exist.
    /// </remarks>
    public string Formatted
    {
        get
        {
            var magnitude = Cents == long.MinValue ? (ulong)long.MaxValue + 1 : (ulong)Math.Abs(Cents);
            var euro = (magnitude / 100).ToString(CultureInfo.InvariantCulture);
            var text = new StringBuilder(euro.Length + 8);
            if (Cents < 0)
            {
                text.Append('-');
            }

            text.Append("€ ");
            for (var i = 0; i < euro.Length; i++)
            {
                // Thousands are grouped with a dot, counted from the right.
                if (i > 0 && (euro.Length - i) % 3 == 0)
                {
                    text.Append('.');
                }

                text.Append(euro[i]);
            }

            return text.Append(',').Append((magnitude % 100).ToString("D2", CultureInfo.InvariantCulture)).ToString();
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
