namespace Fascicolo.Subgraphs.Kit;

/// <summary>The migrations cannot be applied: a script failed, or an applied script was changed.</summary>
public sealed class MigrationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MigrationException()
    {
    }

    /// <summary>Creates the exception with a message naming the script.</summary>
    /// <param name="message">The message.</param>
    public MigrationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public MigrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
