// A compact set of 32-bit client hashes (open addressing), for distinct clients per interval without strings.
using System.Runtime.CompilerServices;
using System.Text;

namespace Debrief.Evidence;

/// <summary>A growable open-addressing set of non-zero 32-bit hashes; <see cref="Compact"/> shrinks a finished set to a sorted array.</summary>
public sealed class ClientHashSet
{
    private uint[] _slots;
    private uint[]? _sorted;

    /// <summary>Creates a set sized for about <paramref name="capacity"/> items.</summary>
    public ClientHashSet(int capacity = 16)
    {
        var size = 16;
        while (size < capacity * 2)
            size <<= 1;
        _slots = new uint[size];
    }

    /// <summary>How many distinct hashes were added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a hash (0 is stored as 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(uint hash)
    {
        if (hash == 0)
            hash = 1;
        if (_sorted is not null)
            Expand();
        if ((Count + 1) * 2 > _slots.Length)
            Grow();
        var mask = _slots.Length - 1;
        var i = (int)((hash * 0x9E3779B1u) >> 7) & mask;
        while (true)
        {
            var s = _slots[i];
            if (s == hash)
                return;
            if (s == 0)
            {
                _slots[i] = hash;
                Count++;
                return;
            }
            i = (i + 1) & mask;
        }
    }

    /// <summary>Adds every hash of another set.</summary>
    public void UnionWith(ClientHashSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var h in other._sorted ?? other._slots)
            if (h != 0)
                Add(h);
    }

    /// <summary>Stores the set as an exact-size sorted array (4 bytes per client); a later Add expands it again.</summary>
    public void Compact()
    {
        if (_sorted is not null)
            return;
        var sorted = new uint[Count];
        var n = 0;
        foreach (var h in _slots)
            if (h != 0)
                sorted[n++] = h;
        Array.Sort(sorted);
        _sorted = sorted;
        _slots = [];
    }

    private void Expand()
    {
        var sorted = _sorted!;
        _sorted = null;
        var size = 16;
        while (size < sorted.Length * 2 + 2)
            size <<= 1;
        _slots = new uint[size];
        Count = 0;
        foreach (var h in sorted)
            Add(h);
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new uint[old.Length * 2];
        Count = 0;
        foreach (var h in old)
            if (h != 0)
                Add(h);
    }

    /// <summary>FNV-1a over the bytes, folded to 32 bits; the fast path hashes the same bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Hash(ReadOnlySpan<byte> bytes)
    {
        var h = 0xcbf29ce484222325UL;
        foreach (var b in bytes)
        {
            h ^= b;
            h *= 0x100000001b3UL;
        }
        return (uint)(h ^ (h >> 32));
    }

    /// <summary>The hash of a client string's UTF-8 bytes.</summary>
    public static uint Hash(string client)
    {
        ArgumentNullException.ThrowIfNull(client);
        Span<byte> buffer = stackalloc byte[256];
        var n = Encoding.UTF8.GetByteCount(client);
        var bytes = n <= buffer.Length ? buffer[..n] : new byte[n];
        Encoding.UTF8.GetBytes(client, bytes);
        return Hash(bytes);
    }
}
