// Account and token roles: viewer reads, editor writes and reviews, admin also manages users and tokens.
namespace Debrief.Archive.Model;

/// <summary>What an account or token may do; each role includes the ones before it.</summary>
public enum Role
{
    Viewer,
    Editor,
    Admin,
}

/// <summary>Conversions between <see cref="Role"/> and its stored form.</summary>
public static class Roles
{
    public static string ToDb(this Role role) => role switch
    {
        Role.Viewer => "viewer",
        Role.Editor => "editor",
        Role.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>Parses <c>viewer</c>, <c>editor</c> or <c>admin</c> (any case); null otherwise.</summary>
    public static Role? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "viewer" => Role.Viewer,
        "editor" => Role.Editor,
        "admin" => Role.Admin,
        _ => null,
    };

    public static Role FromDb(string value) =>
        Parse(value) ?? throw new InvalidDataException($"unknown role '{value}' in the archive");
}
