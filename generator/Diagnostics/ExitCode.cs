namespace Committee.Diagnostics;

/// <summary>What every command returns to the shell; CI scripts rely on these numbers.</summary>
public enum ExitCode
{
    /// <summary>No errors (warnings allowed unless --warnings-as-errors).</summary>
    Success = 0,

    /// <summary>At least one paper or setting has an error.</summary>
    ErrorsFound = 1,

    /// <summary>The command was used wrongly, or a folder or file could not be read or written.</summary>
    UsageOrIo = 2,
}
