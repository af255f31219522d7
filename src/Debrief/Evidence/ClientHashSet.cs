// A compact set of 32-bit client hashes (open addressing), for distinct clients per interval without strings.
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Debrief.Evidence;

/// <summary>A growable open-addressing set of non-zero 32-bit hashes; <see cref="Compact"/> shrinks a finished set to a packed array.</summary>
public sealed class ClientHashSet
{
    private uint[] _slots;
    private uint[]? _packed;

    /// <summary>Creates a set sized for about <paramref name="capacity"/> items.</summary>
    public ClientHashSet(int capacity = 16)
    {
        var size = 16;
        while (size < capacity * 2)
            size <<= 1;
        _slots = Rent(size);
    }

    // slot arrays come from a pool and go back when the set grows or is packed, so a scan over thousands of
    // intervals reuses a handful of arrays instead of leaving large garbage behind
    private static uint[] Rent(int size)
    {
        var a = ArrayPool<uint>.Shared.Rent(size);
        if (a.Length != size)
        {
            ArrayPool<uint>.Shared.Return(a);
            return new uint[size];
        }
        Array.Clear(a);
        return a;
    }

    private static void Release(uint[] a)
    {
        if (a.Length > 0)
            ArrayPool<uint>.Shared.Return(a);
    }

    /// <summary>How many distinct hashes were added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a hash (0 is stored as 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(uint hash)
    {
        if (hash == 0)
            hash = 1;
        if (_packed is not null)
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
        foreach (var h in other._packed ?? other._slots)
            if (h != 0)
                Add(h);
    }

    /// <summary>Stores the set as an exact-size array (4 bytes per client) once it is complete; a later Add expands it again.</summary>
    public void Compact()
    {
        if (_packed is not null)
            return;
        var packed = new uint[Count];
        var n = 0;
        foreach (var h in _slots)
            if (h != 0)
                packed[n++] = h;
        _packed = packed;
        Release(_slots);
        _slots = [];
    }

    private void Expand()
    {
        var packed = _packed!;
        _packed = null;
        var size = 16;
        while (size < packed.Length * 2 + 2)
            size <<= 1;
        _slots = Rent(size);
        Count = 0;
        foreach (var h in packed)
            Add(h);
    }

    private void Grow()
    {
        var old = _slots;
        _slots = Rent(old.Length * 2);
        Count = 0;
        foreach (var h in old)
            if (h != 0)
                Add(h);
        Release(old);
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
