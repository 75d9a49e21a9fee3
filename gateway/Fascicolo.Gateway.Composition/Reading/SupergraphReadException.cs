namespace Fascicolo.Gateway.Composition;

/// <summary>A supergraph SDL could not be read.</summary>
public sealed class SupergraphReadException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">A stable code (see <see cref="SupergraphReadErrorCodes"/>).</param>
    /// <param name="message">What is wrong, for a person.</param>
    /// <param name="innerException">The cause, if any.</param>
    public SupergraphReadException(string code, string message, Exception? innerException = null)
        : base($"[{code}] {message}", innerException) => Code = code;

    /// <summary>Creates the exception with a generic code.</summary>
    public SupergraphReadException()
        : this(SupergraphReadErrorCodes.InvalidSupergraph, "Invalid supergraph.")
    {
    }

    /// <summary>Creates the exception with a generic code.</summary>
    public SupergraphReadException(string message)
        : this(SupergraphReadErrorCodes.InvalidSupergraph, message)
    {
    }

    /// <summary>Creates the exception with a generic code.</summary>
    public SupergraphReadException(string message, Exception innerException)
        : this(SupergraphReadErrorCodes.InvalidSupergraph, message, innerException)
    {
    }

    /// <summary>The stable code of the problem.</summary>
    public string Code { get; } = SupergraphReadErrorCodes.InvalidSupergraph;
}
