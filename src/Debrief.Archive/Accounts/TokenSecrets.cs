// API token secrets: 256 random bits shown once; only their SHA-256 is stored and compared.
using System.Security.Cryptography;
using System.Text;

namespace Debrief.Archive.Accounts;

/// <summary>Makes and hashes token secrets of the form <c>dbt_</c> + 43 base64url characters.</summary>
public static class TokenSecrets
{
    public const string Scheme = "dbt_";

    /// <summary>A new secret.</summary>
    public static string Create() => Scheme + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The stored form: lower-case hex SHA-256 of the secret's UTF-8 bytes.</summary>
    public static string Hash(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>The first characters after the scheme, kept to tell tokens apart in lists.</summary>
    public static string PrefixOf(string secret) =>
        secret.StartsWith(Scheme, StringComparison.Ordinal) && secret.Length >= Scheme.Length + 8 ? secret[..(Scheme.Length + 8)] : "";

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
