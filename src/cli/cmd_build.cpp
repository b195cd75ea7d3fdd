// teipress build: the main job for a whole volume (src/build): an edition folder or a volume's
// TEI in, every document's outputs, the website, the printed volume and the EPUB out; in
// parallel, incremental, with progress.
#include "build/build_run.h"
#include "cli/command_table.h"
#include "cli/options.h"
#include "core/exit_status.h"
#include "core/input_file.h"

#include <iostream>
#include <unistd.h>

namespace teipress::cli {

namespace {

const char* k_build_help =
    "EDITION_DIR is an edition folder (reading texts *.txt with edition.xml, persons.xml, terms.xml "
    "and documents/); VOLUME.xml a volume's TEI file in the Office of the Historian's layout. Each "
    "document — a reading text converted with the edition's metadata, or a document split from "
    "the volume — is parsed once, validated (an edition's against schema/teipress.rng and .sch, "
    "a volume's documents against the profile frus's grammar) and rendered from that one tree "
    "into OUT_DIR/NAME.xml (its TEI), .html, .tex, .pdf, .txt and .md. Then the volume-level "
    "outputs are made from the whole volume: the website OUT_DIR/site/ (index.html with the "
    "title page and contents, a page per document, persons.html, terms.html, search.html that "
    "works offline), OUT_DIR/volume.tex and volume.pdf (the printed volume) and "
    "OUT_DIR/volume.epub (EPUB 3).\n"
    "\n"
    "--formats chooses what is made (the TEI, NAME.xml, always is): html (NAME.html and the "
    "website), latex (NAME.tex and volume.tex), pdf (NAME.pdf and volume.pdf: the TeX engine "
    "runs), text (NAME.txt), markdown (NAME.md), epub (volume.epub); --formats html,text "
    "leaves TeX out while the text is being worked on.\n"
    "\n"
    "The build is incremental: OUT_DIR/.teipress/manifest records what each output was made "
    "from (the hash of its TEI, of the stylesheets and schemas, the teipress version, the "
    "formats), so a second build does only what changed, and nothing at all when nothing did; "
    "the outputs of a document that left the source are removed. Documents are built on -j N "
    "threads (default: one per core, at most 64); the outputs are the same bytes for any N.\n"
    "\n"
    "A document that fails (its reading text breaks the format, its TEI is not valid, a "
    "transform or TeX fails) leaves no output: its TEI, when there is one, is kept in "
    "OUT_DIR/failed/ for its messages to point into, and the volume-level outputs leave it "
    "out. The other documents are always built; messages are printed as they come and the "
    "failed documents listed at the end; the exit code is the worst one.\n"
    "\n"
    "--shard K/N builds the K-th of N shares of the documents (each document is in exactly "
    "one share; the volume-level outputs are not made); once every share's OUT_DIR has been "
    "gathered into one folder, --assemble makes the volume-level outputs there (every "
    "document must have been built by a share from the same inputs).\n";

void declare_build(CommandOptions& o) {
    o.operand("source", po::value<std::string>(), "EDITION_DIR|VOLUME.xml");
    // clang-format off
    o.add()
        ("output,o", po::value<std::string>()->required()->value_name("OUT_DIR"), "the output folder (created when missing)")
        ("jobs,j", po::value<int>()->value_name("N"), "threads, 0 to 1024 (default 0: one per core; never more than 64)")
        ("formats", po::value<std::string>()->value_name("LIST"), "the outputs to make, separated by commas (default all)")
        ("shard", po::value<std::string>()->value_name("K/N"), "build only the K-th of N shares of the documents")
        ("assemble", "make the volume-level outputs from the shares built into OUT_DIR")
        ("force", "build everything again, whatever the manifest says")
        ("quiet,q", "print only errors and warnings");
    // clang-format on
    std::vector<std::string> formats{"all"};
    for (const auto& f : build::output_formats()) formats.push_back(f.name);
    o.choices("formats", std::move(formats));
}

int run_build(const po::variables_map& vm) {
    build::BuildRequest request;
    request.source = value_of<std::string>(vm, "source");
    request.out_dir = value_of<std::string>(vm, "output");
    if (request.source.empty())
        return usage_error("build", "no source given (an edition folder or a volume's TEI file)");
    if (is_stdin_path(request.source))
        return usage_error("build",
                           "build reads an edition folder or a volume's TEI file; standard input (-) is neither");
    const int jobs = value_of<int>(vm, "jobs", 0);
    if (jobs < 0 || jobs > 1024)
        return usage_error("build",
                           "--jobs must be a whole number from 0 (one per core) to 1024, not " + std::to_string(jobs));
    request.jobs = static_cast<unsigned>(std::min(jobs, 64));
    if (vm.count("formats")) {
        auto formats = build::parse_formats(value_of<std::string>(vm, "formats"));
        if (!formats) return usage_error("build", formats.error().message);
        request.formats = *formats;
    }
    if (vm.count("shard")) {
        auto shard = build::parse_shard(value_of<std::string>(vm, "shard"));
        if (!shard) return usage_error("build", shard.error().message);
        request.shard = *shard;
    }
    request.assemble = vm.count("assemble") > 0;
    request.force = vm.count("force") > 0;
    if (request.assemble && !request.shard.whole())
        return usage_error("build", "--assemble and --shard exclude each other: build the shares, then assemble");
    if (request.assemble && request.force)
        return usage_error("build", "--assemble and --force exclude each other: --assemble builds no document");
    build::ProgressStyle style;
    style.terminal = ::isatty(STDOUT_FILENO) == 1;
    style.quiet = vm.count("quiet") > 0;
    build::Progress progress(std::cout, std::cerr, style);
    return build::run_build(request, progress);
}

} // namespace

const CommandSpec build_command = {"build", "the main job: documents, website, PDF and EPUB of a volume", declare_build,
                                   k_build_help, run_build};

} // namespace teipress::cli
