#!/usr/bin/env bash
# The logic of the tokenscope GitHub Action (action.yml). Kept here, not inline in YAML, so
# that it can be run and tested locally with a simulated event.
#
#   scripts/action.sh version   print the cache key for the build (version + source hash)
#   scripts/action.sh target    print the release target triple of this runner
#   scripts/action.sh install   download the release binary for this runner, verified against
#                               SHA256SUMS; build from the action's checkout only when no
#                               release matches (a branch, a fork) or INPUT_BUILD is true
#   scripts/action.sh run       work out what to scan from the event, scan, report
#
# Environment (the action maps its inputs to these):
#   INPUT_PATH (.)  INPUT_VERIFY (false)  INPUT_FAIL_ON (high)  INPUT_BASELINE  INPUT_CONFIG
#   INPUT_SARIF_FILE (tokenscope.sarif)  INPUT_VERSION (default: the action's own tag,
#   ACTION_REF)  INPUT_BUILD (false)
#   TOKENSCOPE_RELEASE_URL  where release assets are (default: the project's GitHub releases;
#                           tests point it at a local server)
#   TOKENSCOPE_INSTALL_ROOT  where to install (default ~/.tokenscope/<key>)
#   TOKENSCOPE_CARGO (cargo)  the cargo used for the source build
#   TOKENSCOPE_BIN  use this binary (tests; a release binary) instead of `tokenscope` on PATH
#   GITHUB_EVENT_NAME GITHUB_EVENT_PATH GITHUB_OUTPUT GITHUB_STEP_SUMMARY GITHUB_ACTION_PATH
#   TOKENSCOPE_FETCH_REMOTE (origin)  the remote missing history is fetched from
#
# Exit status of `run`: 0 clean (or only findings below fail-on, or nothing to scan),
# 1 findings at or above fail-on, 2 error. An incomplete scan (tokenscope's exit 3) is a
# warning annotation, not a failure.
set -euo pipefail

ZERO_SHA=0000000000000000000000000000000000000000
action_path=${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd)}

log() { printf 'tokenscope: %s\n' "$*"; }
# Workflow-command message escaping (the property escaping lives in tokenscope itself).
gh_escape() { local s=${1//%/%25}; s=${s//$'\r'/%0D}; s=${s//$'\n'/%0A}; printf '%s' "$s"; }
fail() { echo "::error title=tokenscope::$(gh_escape "$*")"; exit 2; }
output() { if [[ -n ${GITHUB_OUTPUT:-} ]]; then printf '%s=%s\n' "$1" "$2" >>"$GITHUB_OUTPUT"; fi; }

cmd_version() {
  local v=${INPUT_VERSION:-}
  if [[ -z $v ]]; then
    v=$(sed -n 's/^version = "\(.*\)"/\1/p' "$action_path/Cargo.toml" | head -n1)
  fi
  # The source hash keeps a cached build from outliving a change of the action's code
  # (a branch ref such as @main moves while the version number stays).
  local h
  h=$(cd "$action_path" && find Cargo.toml Cargo.lock build.rs src rules -type f 2>/dev/null |
    LC_ALL=C sort | xargs cat | { sha256sum 2>/dev/null || shasum -a 256; } | cut -c1-12)
  echo "$v-$h"
}

RELEASE_URL_DEFAULT=https://github.com/tokenscope/tokenscope/releases/download
sha256() { { sha256sum "$1" 2>/dev/null || shasum -a 256 "$1"; } | cut -d' ' -f1; }

# The release target triple for this runner (the names release.yml builds).
cmd_target() {
  local os arch
  os=${RUNNER_OS:-$(uname -s)} arch=${RUNNER_ARCH:-$(uname -m)}
  case $arch in X64 | x86_64 | amd64) arch=x86_64 ;; ARM64 | aarch64 | arm64) arch=aarch64 ;; esac
  case $os in
    Linux) echo "$arch-unknown-linux-musl" ;;
    macOS | Darwin) echo "$arch-apple-darwin" ;;
    Windows | MINGW* | MSYS* | CYGWIN*) echo "$arch-pc-windows-msvc" ;;
    *) echo "unknown-$os-$arch" ;;
  esac
}

# The release tag to download: INPUT_VERSION, else the action's own ref when it is a
# version tag; empty (build from source) for a branch, a SHA or a fork's ref.
release_tag() {
  local v=${INPUT_VERSION:-${ACTION_REF:-}}
  v=${v#refs/tags/}
  [[ $v =~ ^v?[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$ ]] || return 0
  echo "v${v#v}"
}

# Downloads and verifies the release binary into $1/bin. Returns 1 when no release asset
# matches (fall back to a build); exits when one matches but fails verification.
download_release() { # root tag
  local root=$1 tag=$2 target base asset tmp want got
  target=$(cmd_target)
  base=${TOKENSCOPE_RELEASE_URL:-$RELEASE_URL_DEFAULT}
  asset="tokenscope-${tag#v}-$target.tar.gz"
  [[ $target == *windows* ]] && asset="tokenscope-${tag#v}-$target.zip"
  tmp=$(mktemp -d)
  if ! curl -fsSL --retry 2 -o "$tmp/SHA256SUMS" "$base/$tag/SHA256SUMS" 2>/dev/null ||
    ! curl -fsSL --retry 2 -o "$tmp/$asset" "$base/$tag/$asset" 2>/dev/null; then
    log "no release asset $asset for $tag"
    rm -rf "$tmp"
    return 1
  fi
  want=$(awk -v a="$asset" '$2 == a || $2 == "*" a { print $1 }' "$tmp/SHA256SUMS")
  got=$(sha256 "$tmp/$asset")
  if [[ -z $want || $want != "$got" ]]; then
    rm -rf "$tmp"
    fail "checksum mismatch for $asset (SHA256SUMS: ${want:-no entry}, downloaded: $got): refusing to run it"
  fi
  # The provenance attestation, when the GitHub CLI is there and signed in to check it
  # (the action passes the job's token; `gh` reads it itself).
  if [[ $base == "$RELEASE_URL_DEFAULT" ]] && command -v gh >/dev/null 2>&1 && gh auth status >/dev/null 2>&1; then
    gh attestation verify "$tmp/$asset" --repo tokenscope/tokenscope >/dev/null ||
      { rm -rf "$tmp"; fail "the build provenance attestation of $asset does not verify"; }
  fi
  mkdir -p "$tmp/x" "$root/bin"
  if [[ $asset == *.zip ]]; then
    unzip -q "$tmp/$asset" -d "$tmp/x"
  else
    tar -xzf "$tmp/$asset" -C "$tmp/x"
  fi
  local exe
  exe=$(find "$tmp/x" -type f \( -name tokenscope -o -name tokenscope.exe \) | head -n1)
  [[ -n $exe ]] || { rm -rf "$tmp"; fail "$asset holds no tokenscope binary"; }
  cp "$exe" "$root/bin/tokenscope"
  chmod +x "$root/bin/tokenscope"
  rm -rf "$tmp"
  log "installed release $tag ($target), sha256 $got"
}

cmd_install() {
  local key root tag
  key=$(cmd_version)
  root=${TOKENSCOPE_INSTALL_ROOT:-$HOME/.tokenscope/$key}
  tag=$(release_tag)
  if [[ -x $root/bin/tokenscope ]]; then
    log "using cached build $key (a release download or a source build)"
  elif [[ ${INPUT_BUILD:-false} != true && -n $tag ]] && download_release "$root" "$tag"; then
    :
  else
    local cargo=${TOKENSCOPE_CARGO:-cargo}
    command -v "$cargo" >/dev/null || fail "no release binary matches and cargo is needed to build tokenscope (use a release tag, a runner with Rust, or set TOKENSCOPE_BIN)"
    log "building tokenscope $key from $action_path"
    "$cargo" install --locked --quiet --path "$action_path" --root "$root"
  fi
  output bin "$root/bin/tokenscope"
  if [[ -n ${GITHUB_PATH:-} ]]; then echo "$root/bin" >>"$GITHUB_PATH"; fi
}

# --- git helpers (all in the repository that holds INPUT_PATH) ----------------------------

g() { git -C "$repo" "$@"; }
have_commit() { g cat-file -e "$1^{commit}" 2>/dev/null; }
is_shallow() { [[ $(g rev-parse --is-shallow-repository 2>/dev/null) == true ]]; }

# Fetches a commit if it is missing (a shallow actions/checkout has only one commit).
ensure_commit() { # sha depth
  have_commit "$1" && return 0
  log "fetching $1 (depth $2)"
  g fetch --no-tags --quiet --depth="$2" "$remote" "$1" 2>/dev/null || true
  have_commit "$1"
}

# Deepens a shallow clone until `base` and `head` share history, so that base..head is
# exactly the commits the change adds. Gives up (and unshallows) after a few rounds.
ensure_merge_base() { # base head
  local step=50 round
  for round in 1 2 3 4 5 6; do
    if g merge-base "$1" "$2" >/dev/null 2>&1; then return 0; fi
    is_shallow || return 1
    log "deepening the shallow clone by $step commits to find the merge base"
    g fetch --no-tags --quiet --deepen="$step" "$remote" "$1" "$2" 2>/dev/null || break
    step=$((step * 2))
    : "$round"
  done
  if is_shallow; then
    log "unshallowing the clone to find the merge base"
    g fetch --no-tags --quiet --unshallow "$remote" 2>/dev/null || true
  fi
  g merge-base "$1" "$2" >/dev/null 2>&1
}

event() { "$bin" github-action event "$GITHUB_EVENT_PATH" "$1"; }

# Sets mode (range|tree|none), range and why.
decide_scope() {
  mode=tree range="" why="event ${GITHUB_EVENT_NAME:-none}: the working tree"
  local ev=${GITHUB_EVENT_NAME:-}
  if [[ -z ${GITHUB_EVENT_PATH:-} || ! -f ${GITHUB_EVENT_PATH:-/nonexistent} ]]; then
    return 0
  fi
  case $ev in
    pull_request | pull_request_target | pull_request_review | pull_request_review_comment)
      local base head commits
      base=$(event pull_request.base.sha)
      head=$(event pull_request.head.sha)
      commits=$(event pull_request.commits)
      [[ -n $base && -n $head ]] || fail "the $ev payload has no pull_request.base.sha/head.sha"
      if [[ $base == "$head" ]]; then
        mode=none why="pull request base and head are the same commit: nothing to scan"
        return 0
      fi
      ensure_commit "$head" "$(( ${commits:-1} + 1 ))" || fail "cannot fetch the pull request head $head"
      ensure_commit "$base" 1 || fail "cannot fetch the pull request base $base"
      ensure_merge_base "$base" "$head" || log "no common history between $base and $head; scanning what $head adds over $base"
      mode=range range="$base..$head" why="pull request: the commits in $base..$head"
      ;;
    push)
      local before after deleted default ref mb
      before=$(event before)
      after=$(event after)
      deleted=$(event deleted)
      default=$(event repository.default_branch)
      ref=$(event ref)
      if [[ $deleted == true || -z $after || $after == "$ZERO_SHA" ]]; then
        mode=none why="push deleted $ref: nothing to scan"
        return 0
      fi
      if [[ $before == "$after" ]]; then
        mode=none why="push: before and after are the same commit: nothing to scan"
        return 0
      fi
      ensure_commit "$after" 1 || fail "cannot fetch the pushed commit $after"
      if [[ -n $before && $before != "$ZERO_SHA" ]] && ensure_commit "$before" 1; then
        ensure_merge_base "$before" "$after" || log "no common history between $before and $after (force push?); scanning what $after adds over $before"
        mode=range range="$before..$after" why="push: the commits in $before..$after"
        return 0
      fi
      # A new branch (before = 0000…), or a force push whose old tip is gone: scan what the
      # branch adds over the default branch, or the whole tree when there is no such base.
      if [[ -n $default && $ref != "refs/heads/$default" ]]; then
        g fetch --no-tags --quiet --depth=1 "$remote" "+refs/heads/$default:refs/remotes/$remote/$default" 2>/dev/null || true
        if have_commit "$remote/$default" && ensure_merge_base "$remote/$default" "$after"; then
          mb=$(g merge-base "$remote/$default" "$after")
          if [[ $mb == "$after" ]]; then
            mode=none why="push of a new branch at an existing commit of $default: nothing new to scan"
          else
            mode=range range="$mb..$after" why="push of a new branch: the commits since it left $default ($mb..$after)"
          fi
          return 0
        fi
      fi
      mode=tree why="first push of ${ref:-a branch} with no base to compare with: the whole tree at $after"
      ;;
  esac
}

cmd_run() {
  bin=${TOKENSCOPE_BIN:-tokenscope}
  command -v "$bin" >/dev/null 2>&1 || fail "tokenscope not found ($bin)"
  local path=${INPUT_PATH:-.}
  local sarif=${INPUT_SARIF_FILE:-tokenscope.sarif}
  local fail_on=${INPUT_FAIL_ON:-high}
  remote=${TOKENSCOPE_FETCH_REMOTE:-origin}
  [[ -e $path ]] || fail "path $path does not exist"
  repo=$path
  [[ -d $repo ]] || repo=$(dirname "$path")

  local in_git=false
  if g rev-parse --git-dir >/dev/null 2>&1; then in_git=true; fi
  mode=tree range="" why="the working tree"
  if $in_git; then decide_scope; fi
  log "$why"
  output range "$range"

  local args=(scan --format sarif -o "$sarif" --fail-on "$fail_on" --quiet)
  [[ -n ${INPUT_BASELINE:-} ]] && args+=(--baseline "$INPUT_BASELINE")
  [[ -n ${INPUT_CONFIG:-} ]] && args+=(--config "$INPUT_CONFIG")
  [[ ${INPUT_VERIFY:-false} == true ]] && args+=(--verify)

  # Paths in the report are relative to the scanned directory for a tree scan and to the
  # repository root for a range: annotations and code scanning want them from the root.
  local prefix=""
  local code=0
  case $mode in
    none)
      "$bin" merge-sarif -o "$sarif" || fail "cannot write $sarif"
      ;;
    range)
      # `scan --range` keeps least-privilege and workflow findings only for the files the
      # range changed (tokenscope::scope), so the report needs no filtering here.
      set +e
      "$bin" "${args[@]}" --range "$range" "$(g rev-parse --show-toplevel)"
      code=$?
      set -e
      ;;
    tree)
      if $in_git && [[ -d $path ]]; then prefix=$(g rev-parse --show-prefix); fi
      set +e
      "$bin" "${args[@]}" "$path"
      code=$?
      set -e
      ;;
  esac
  if [[ $code -ne 0 && $code -ne 1 && $code -ne 3 ]] || [[ ! -f $sarif ]]; then
    fail "the scan failed (exit $code); see the log above"
  fi
  local scope=${range:-${path}}
  [[ $mode == none ]] && scope="nothing ($why)"
  "$bin" github-action report --sarif "$sarif" --fail-on "$fail_on" --path-prefix "$prefix" \
    --scope "$scope" ${GITHUB_STEP_SUMMARY:+--summary "$GITHUB_STEP_SUMMARY"}
  local n failing
  n=$("$bin" github-action count "$sarif")
  failing=$("$bin" github-action count --fail-on "$fail_on" "$sarif")
  output findings "$n"
  output sarif-file "$sarif"
  if [[ $code -eq 3 ]]; then
    echo "::warning title=tokenscope::some inputs could not be scanned (see the warnings in the log)"
  fi
  if [[ $failing -gt 0 ]]; then
    log "$n finding(s), $failing at or above fail-on ($fail_on): failing"
    exit 1
  fi
  log "$n finding(s); none at or above fail-on ($fail_on)"
}

case ${1:-run} in
  version) cmd_version ;;
  target) cmd_target ;;
  install) cmd_install ;;
  run) cmd_run ;;
  *) echo "usage: $0 version|target|install|run" >&2; exit 2 ;;
esac
