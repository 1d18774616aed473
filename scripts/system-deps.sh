#!/usr/bin/env bash
# System packages the tests use, installed when missing (Debian, as root; idempotent and quick when
# everything is there). Python packages come from pyproject.toml, not from here.
#   chromium                  - the report test renders report.html headless and saves a screenshot;
#                               the end-to-end tests of `jixiao serve` drive it through Playwright
#   libreoffice-writer-nogui  - the DOC fixture is read through LibreOffice (soffice)
#   libreoffice-calc-nogui    - the ODS and SpreadsheetML fixtures too
#   fonts-noto-cjk            - Chinese glyphs in the report screenshot (else empty boxes)
#   antiword                  - a .doc whose tables LibreOffice reads as text is read again from antiword's
#                               text (extract: optional at run time; the tests of that path skip without it)
set -u
need=()
[ -n "$(ls /usr/share/fonts/opentype/noto/NotoSansCJK* 2>/dev/null)" ] || fc-list 2>/dev/null | grep -qi "cjk" \
  || need+=(fonts-noto-cjk)
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
# (Calc for the ODS and SpreadsheetML fixtures: the writer package alone converts no sheet)
{ dpkg -s libreoffice-calc-nogui || dpkg -s libreoffice-calc; } >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v antiword >/dev/null 2>&1 || need+=(antiword)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: missing ${need[*]} (install them to run every test; the tests that need them skip)" >&2
  exit 0
fi
echo "system-deps: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 || true
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 \
  || echo "system-deps: could not install ${need[*]}; the tests that need them skip" >&2
exit 0
