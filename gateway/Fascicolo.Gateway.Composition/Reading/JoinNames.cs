namespace Fascicolo.Gateway.Composition;

/// <summary>The local names of the join spec's elements and of <c>@inaccessible</c> in one supergraph.</summary>
internal sealed class JoinNames
{
    public JoinNames(LinkedSpecs links, LinkedSpec join)
    {
        Join = join;
        Graph = join.DirectiveName("graph");
        Type = join.DirectiveName("type");
        Field = join.DirectiveName("field");
        Implements = join.DirectiveName("implements");
        UnionMember = join.DirectiveName("unionMember");
        EnumValue = join.DirectiveName("enumValue");
        Directive = join.DirectiveName("directive");
        GraphEnum = join.TypeName("Graph");
        Inaccessible = links.Find(LinkedSpecs.InaccessibleIdentity)?.DirectiveName("inaccessible") ?? "inaccessible";
    }

    public LinkedSpec Join { get; }

    public string Graph { get; }

    public string Type { get; }

    public string Field { get; }

    public string Implements { get; }

    public string UnionMember { get; }

    public string EnumValue { get; }

    public string Directive { get; }

    public string GraphEnum { get; }

    public string Inaccessible { get; }
}
