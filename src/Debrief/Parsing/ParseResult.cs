// A parse outcome as a value: either a result or the reason there is none (dirty input is not exceptional).
namespace Debrief.Parsing;

/// <summary>The result of parsing an expression: a value, or an error saying why not.</summary>
public sealed record ParseResult<T>
{
    private readonly T? _value;

    private ParseResult(bool success, T? value, string? error)
    {
        Success = success;
        _value = value;
        Error = error;
    }

    /// <summary>True when a value was parsed.</summary>
    public bool Success { get; }

    /// <summary>Why parsing failed, or null.</summary>
    public string? Error { get; }

    /// <summary>The parsed value; throws when parsing failed.</summary>
    public T Value => Success ? _value! : throw new InvalidOperationException($"no value: {Error}");

    /// <summary>The value, or the default when parsing failed.</summary>
    public T? ValueOrDefault => _value;

    /// <summary>A successful result.</summary>
    public static ParseResult<T> Ok(T value) => new(true, value, null);

    /// <summary>A failed result with its reason.</summary>
    public static ParseResult<T> Fail(string error) => new(false, default, error);

    /// <inheritdoc/>
    public override string ToString() => Success ? $"Ok({_value})" : $"Fail({Error})";
}
