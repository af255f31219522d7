#!/usr/bin/env bash
# Installs debrief: publishes the Native AOT binary to ~/.local/bin/debrief (or DIR/bin with --prefix DIR) with its
# shell completions, installing what Native AOT needs first; --pack DIR builds the `dotnet tool` packages instead.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: ./install.sh [--prefix DIR] [--sudo]
       ./install.sh --pack DIR [--sudo]

Publishes debrief with Native AOT (a single native binary, no .NET runtime needed to run it) and installs
  DIR/bin/debrief                                    (DIR defaults to ~/.local)
  DIR/share/bash-completion/completions/debrief      bash completion
  DIR/share/zsh/site-functions/_debrief              zsh completion
  DIR/share/fish/vendor_completions.d/debrief.fish   fish completion
Running it again rebuilds and replaces the binary (unchanged files are left alone).

Native AOT needs a C toolchain and zlib: Debian packages clang and zlib1g-dev. When they are missing,
install.sh installs them with apt-get if it runs as root (or with --sudo), and otherwise prints the command.

  --prefix DIR  install under DIR instead of ~/.local
  --pack DIR    build the dotnet tool packages into DIR (Debrief.Tool, Debrief.Tool.<rid>, Debrief.Tool.any)
                and print the `dotnet tool install` command, instead of installing the binary
  --sudo        use sudo for apt-get when not root
  -h, --help    show this help

Environment: DOTNET (the dotnet command, default: dotnet on PATH).
EOF
}

say() { printf 'install.sh: %s\n' "$*"; }
die() { printf 'install.sh: error: %s\n' "$1" >&2; exit "${2:-1}"; } # die MESSAGE [EXIT CODE]

prefix="${HOME:-}/.local"
pack_dir=""
use_sudo=0
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) if [ $# -lt 2 ] || [ -z "$2" ]; then die "--prefix needs a directory (e.g. --prefix /usr/local)" 2; fi; prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#--prefix=}"; [ -n "$prefix" ] || die "--prefix needs a directory" 2; shift ;;
    --pack) if [ $# -lt 2 ] || [ -z "$2" ]; then die "--pack needs a directory for the packages" 2; fi; pack_dir="$2"; shift 2 ;;
    --pack=*) pack_dir="${1#--pack=}"; [ -n "$pack_dir" ] || die "--pack needs a directory" 2; shift ;;
    --sudo) use_sudo=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown argument '$1' (see ./install.sh --help)" 2 ;;
  esac
done
[ -n "$pack_dir" ] || [ "$prefix" != "/.local" ] || die "HOME is not set; give --prefix DIR" 2

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$repo/src/Debrief.Cli/Debrief.Cli.csproj"
[ -f "$project" ] || die "$project not found: run install.sh from a Debrief source tree"

# 1. The .NET 10 SDK.
dotnet="${DOTNET:-dotnet}"
command -v "$dotnet" >/dev/null 2>&1 || die "the .NET 10 SDK is needed and '$dotnet' was not found (Debian: https://learn.microsoft.com/dotnet/core/install/linux-debian, or set DOTNET=/path/to/dotnet)"
sdk="$(cd "$repo" && "$dotnet" --version 2>/dev/null)" || die "'$dotnet --version' failed in $repo: the .NET 10 SDK is needed (global.json asks for 10.0.x)"
[ "${sdk%%.*}" -ge 10 ] 2>/dev/null || die "the .NET 10 SDK is needed; '$dotnet' is SDK $sdk"

# 2. The platform: Native AOT builds for the machine it runs on.
[ "$(uname -s)" = Linux ] || die "install.sh builds a Linux binary; on $(uname -s) use the dotnet tool: ./install.sh --pack DIR, then dotnet tool install"
case "$(uname -m)" in
  x86_64|amd64) rid=linux-x64 ;;
  aarch64|arm64) rid=linux-arm64 ;;
  *) die "no Native AOT runtime for $(uname -m); use the framework-dependent dotnet tool (./install.sh --pack DIR)" ;;
esac
[ "$rid" = linux-x64 ] || [ -z "$pack_dir" ] || die "--pack builds the linux-x64 package (the one Debrief.Tool points at); run it on linux-x64"

# 3. What Native AOT needs: a C compiler/linker (clang; the AOT compiler also accepts gcc) and zlib's headers.
missing=()
if ! command -v clang >/dev/null 2>&1; then
  if command -v gcc >/dev/null 2>&1; then say "clang not found; Native AOT links with gcc"; else missing+=(clang); fi
fi
if command -v dpkg-query >/dev/null 2>&1; then
  [ "$(dpkg-query -W -f='${Status}' zlib1g-dev 2>/dev/null)" = "install ok installed" ] || missing+=(zlib1g-dev)
elif [ ! -e /usr/include/zlib.h ]; then
  missing+=(zlib1g-dev)
fi
if [ ${#missing[@]} -gt 0 ]; then
  apt=""
  if [ "$(id -u)" -eq 0 ]; then apt="apt-get"; elif [ "$use_sudo" -eq 1 ] && command -v sudo >/dev/null 2>&1; then apt="sudo apt-get"; fi
  command -v apt-get >/dev/null 2>&1 || die "Native AOT needs ${missing[*]} (Debian package names); install them with your package manager, then run ./install.sh again"
  [ -n "$apt" ] || die "Native AOT needs ${missing[*]}. Install them with:
    sudo apt-get install -y ${missing[*]}
then run ./install.sh again (or run ./install.sh --sudo)."
  say "installing ${missing[*]} with $apt (needed by Native AOT)"
  export DEBIAN_FRONTEND=noninteractive
  $apt update -qq >/dev/null || die "'$apt update' failed"
  $apt install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || die "'$apt install ${missing[*]}' failed"
  say "installed ${missing[*]}"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/debrief-install.XXXXXX")"
trap 'rm -rf "$work"' EXIT

run_dotnet() { # run_dotnet WHAT ARGS...: dotnet quietly, its log shown only when it fails
  local what="$1"; shift
  if ! (cd "$repo" && "$dotnet" "$@" -nologo) >"$work/dotnet.log" 2>&1; then
    tail -n 40 "$work/dotnet.log" >&2
    die "$what failed (dotnet $*)"
  fi
}

# 4a. --pack: the dotnet tool packages.
if [ -n "$pack_dir" ]; then
  mkdir -p "$pack_dir"
  pack_dir="$(cd "$pack_dir" && pwd)"
  say "packing the dotnet tool into $pack_dir (Native AOT for $rid: a minute or two)"
  run_dotnet "packing Debrief.Tool" pack "$project" -c Release -o "$pack_dir"
  run_dotnet "packing Debrief.Tool.any" pack "$project" -c Release -r any -o "$pack_dir"
  run_dotnet "packing Debrief.Tool.$rid" pack "$project" -c Release -r "$rid" -o "$pack_dir"
  for p in "$pack_dir"/Debrief.Tool.*nupkg; do say "wrote $p"; done
  say "install it with: dotnet tool install --global --add-source $pack_dir Debrief.Tool"
  say "           or:   dotnet tool install --tool-path DIR --add-source $pack_dir Debrief.Tool"
  exit 0
fi

# 4b. The binary.
mkdir -p "$prefix/bin" || die "cannot create $prefix/bin"
prefix="$(cd "$prefix" && pwd)"
say "publishing debrief with Native AOT for $rid (SDK $sdk; a minute or two)"
run_dotnet "dotnet publish" publish "$project" -c Release -r "$rid" -p:PublishAot=true -o "$work/publish"
built="$work/publish/debrief"
[ -x "$built" ] || die "dotnet publish did not produce $built"
version="$("$built" --version 2>&1)" || die "the built binary does not run: $version"

place() { # place SOURCE DEST MODE: replace DEST atomically unless it is already identical; say which
  local src="$1" dest="$2" mode="$3"
  mkdir -p "$(dirname "$dest")" || die "cannot create $(dirname "$dest")"
  if [ -f "$dest" ] && cmp -s "$src" "$dest"; then say "unchanged $dest"; return; fi
  local verb=installed; [ -e "$dest" ] && verb=updated
  if ! { install -m "$mode" "$src" "$dest.tmp.$$" && mv -f "$dest.tmp.$$" "$dest"; }; then
    rm -f "$dest.tmp.$$"
    die "cannot write $dest"
  fi
  say "$verb $dest"
}

place "$built" "$prefix/bin/debrief" 0755
"$built" completion bash >"$work/debrief.bash"
"$built" completion zsh >"$work/_debrief"
"$built" completion fish >"$work/debrief.fish"
place "$work/debrief.bash" "$prefix/share/bash-completion/completions/debrief" 0644
place "$work/_debrief" "$prefix/share/zsh/site-functions/_debrief" 0644
place "$work/debrief.fish" "$prefix/share/fish/vendor_completions.d/debrief.fish" 0644
say "$version is $prefix/bin/debrief"
case ":${PATH:-}:" in
  *":$prefix/bin:"*) ;;
  *) say "note: $prefix/bin is not on PATH; add it with: export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
case "$prefix" in
  /usr/local|/usr) ;;
  *) say "zsh: to enable completion, add $prefix/share/zsh/site-functions to fpath before compinit in ~/.zshrc" ;;
esac
