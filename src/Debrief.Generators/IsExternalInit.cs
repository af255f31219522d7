// Lets records compile for netstandard2.0 (the target Roslyn components must use).
namespace System.Runtime.CompilerServices;

internal static class IsExternalInit;
