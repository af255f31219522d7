// Password hashing with ASP.NET Core Identity's PasswordHasher (PBKDF2, versioned format, rehash on upgrade).
using Debrief.Archive.Model;
using Microsoft.AspNetCore.Identity;

namespace Debrief.Archive.Accounts;

/// <summary>Hashes and checks account passwords. The hash string is what <see cref="ArchiveUser.PasswordHash"/> stores.</summary>
public static class Passwords
{
    private static readonly PasswordHasher<ArchiveUser> Hasher = new();
    private static readonly ArchiveUser Nobody = new(0, "", Role.Viewer, null, false, DateTimeOffset.UnixEpoch);

    /// <summary>The hash of <paramref name="password"/>.</summary>
    public static string Hash(string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        return Hasher.HashPassword(Nobody, password);
    }

    /// <summary>Whether <paramref name="password"/> is the user's; false for disabled users and users without a password.</summary>
    public static bool Verify(ArchiveUser user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Disabled || user.PasswordHash is null || string.IsNullOrEmpty(password))
            return false;
        return Hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;
    }

    /// <summary>A random password for a first admin account: 20 characters from an unambiguous alphabet (about 100 bits).</summary>
    public static string Generate()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXYZ2346789";
        return System.Security.Cryptography.RandomNumberGenerator.GetString(alphabet, 20);
    }
}
