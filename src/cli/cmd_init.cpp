// teipress init: a new edition folder, empty or derived from a volume (src/edition,
// src/volume). Never overwrites a file.
#include "cli/command_table.h"
#include "cli/options.h"
#include "core/exit_status.h"
#include "edition/new_edition.h"
#include "volume/derive_edition.h"
#include "volume/tei_file.h"

#include <filesystem>
#include <iostream>

namespace teipress::cli {

namespace fs = std::filesystem;

namespace {

const char* k_init_help =
    "Writes a new edition folder DIR (made when missing) that `teipress build DIR -o OUT_DIR` "
    "builds at once: edition.xml (the volume's record: every field build needs), persons.xml "
    "and terms.xml (empty lists), d1.txt (a sample reading text that shows every feature of "
    "the format) with documents/d1.xml (its dateline), and README.md (what each file is for). "
    "The options fill the record; without them the title is \"Untitled volume\", the "
    "identifier the folder's name, the publisher the United States Government Publishing "
    "Office, Washington, \"not yet published\": edit edition.xml.\n"
    "\n"
    "With --from VOLUME.xml the folder is derived from a volume's TEI instead: its record, "
    "its lists of persons and terms, and documents/ID.xml for each document (its dateline, "
    "date and first page), so that the volume's reading texts convert with them; no sample. A "
    "volume that lacks a field of the record is invalid input (exit 1): give the field as an "
    "option.\n"
    "\n"
    "init never overwrites a file: it writes nothing when one of its files exists already "
    "(exit 3).\n";

// An identifier usable as idno and in file names: a letter, then letters, digits, . _ -.
bool usable_id(const std::string& id) {
    if (id.empty() || !std::isalpha(static_cast<unsigned char>(id[0]))) return false;
    for (unsigned char c : id)
        if (!(std::isalnum(c) || c == '.' || c == '_' || c == '-')) return false;
    return true;
}

// The folder's name made an identifier ("my volume" → "my-volume"); "edition" when nothing is left.
std::string id_from_folder(const std::string& dir) {
    std::string name = fs::path(dir).lexically_normal().filename().string();
    if (name.empty() || name == "." || name == "..") name = fs::absolute(dir).lexically_normal().filename().string();
    std::string id;
    for (unsigned char c : name) id += std::isalnum(c) || c == '.' || c == '_' || c == '-' ? static_cast<char>(c) : '-';
    if (id.empty() || !std::isalpha(static_cast<unsigned char>(id[0]))) id = "edition" + (id.empty() ? "" : "-" + id);
    return id;
}

// init's operand and options (the parser, --help and the completion read them).
void declare_init(CommandOptions& o) {
    o.operand("dir", po::value<std::string>(), "DIR");
    // clang-format off
    o.add()
        ("title", po::value<std::string>()->value_name("TEXT"), "the volume's complete title")
        ("id", po::value<std::string>()->value_name("ID"), "the volume's identifier (idno type=\"frus\"), e.g. frus1964-68v17")
        ("editor", po::value<std::vector<std::string>>()->composing()->value_name("NAME"), "an editor of the volume (one option each)")
        ("publisher", po::value<std::string>()->value_name("TEXT"), "the publisher")
        ("place", po::value<std::string>()->value_name("TEXT"), "the place of publication")
        ("date", po::value<std::string>()->value_name("TEXT"), "the date of publication")
        ("from", po::value<std::string>()->value_name("VOLUME.xml"), "derive the folder from this volume's TEI");
    // clang-format on
}

int run_init(const po::variables_map& vm) {
    const auto dir = value_of<std::string>(vm, "dir");
    const auto from = value_of<std::string>(vm, "from");
    const auto title = value_of<std::string>(vm, "title");
    const auto id = value_of<std::string>(vm, "id");
    const auto publisher = value_of<std::string>(vm, "publisher");
    const auto place = value_of<std::string>(vm, "place");
    const auto date = value_of<std::string>(vm, "date");
    const auto editors = value_of<std::vector<std::string>>(vm, "editor");
    if (dir.empty()) return usage_error("init", "no folder given");
    if (vm.count("id") && !usable_id(id))
        return usage_error("init", "the identifier '" + id +
                                       "' must begin with a letter and hold only letters, figures, '.', '_' and '-'");
    for (const auto& [name, value] : {std::pair<const char*, const std::string*>{"title", &title},
                                      {"publisher", &publisher},
                                      {"place", &place},
                                      {"date", &date}})
        if (vm.count(name) && value->find_first_not_of(" \t") == std::string::npos)
            return usage_error("init", std::string("--") + name + " is empty");

    edition::VolumeRecord given;
    if (!title.empty()) given.titles.push_back({"complete", title});
    for (const auto& e : editors) given.editors.push_back({"", e});
    given.publisher = publisher;
    given.place = place;
    given.date = date;
    if (!id.empty()) given.idnos.push_back({"frus", id});

    std::vector<edition::EditionFile> files;
    std::vector<std::string> inputs;
    if (!from.empty()) {
        DiagnosticSink sink;
        auto volume = std::make_unique<volume::TeiFile>();
        auto status = volume::read_tei_file(from, *volume, sink);
        if (status == volume::ReadStatus::Ok && !volume::derive_edition(*volume, given, files, sink))
            status = volume::ReadStatus::Invalid;
        print_diagnostics(std::cerr, sink);
        if (status != volume::ReadStatus::Ok) return volume::exit_code_of(status);
        inputs.push_back(from);
    } else {
        edition::VolumeRecord record = given;
        if (record.titles.empty()) record.titles.push_back({"complete", "Untitled volume"});
        if (record.publisher.empty()) record.publisher = "United States Government Publishing Office";
        if (record.place.empty()) record.place = "Washington";
        if (record.date.empty()) record.date = "not yet published";
        if (record.idnos.empty()) record.idnos.push_back({"frus", id_from_folder(dir)});
        record.source = "The volume being edited; this record was written by teipress init.";
        files = edition::new_edition_files(record);
    }

    // Nothing is written when any file is there already.
    std::error_code ec;
    if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) {
        std::cerr << format_diagnostic({Severity::Error, dir, 0, 0, "not a folder: init writes an edition folder", {}})
                  << '\n';
        return k_exit_output;
    }
    bool clash = false;
    for (const auto& f : files) {
        const fs::path path = fs::path(dir) / f.path;
        if (fs::symlink_status(path, ec).type() != fs::file_type::not_found) {
            std::cerr << format_diagnostic({Severity::Error,
                                            path.string(),
                                            0,
                                            0,
                                            "exists already; init never overwrites a file (choose a new folder)",
                                            {}})
                      << '\n';
            clash = true;
        }
    }
    if (clash) return k_exit_output;
    fs::create_directories(fs::path(dir) / "documents", ec);
    if (ec) {
        std::cerr << format_diagnostic({Severity::Error, dir, 0, 0, "cannot create the folder: " + ec.message(), {}})
                  << '\n';
        return k_exit_output;
    }
    for (const auto& f : files) {
        int rc = write_output((fs::path(dir) / f.path).string(), f.content, inputs);
        if (rc != k_exit_ok) return rc;
    }
    std::cout << "wrote " << files.size() << " files into " << dir << " (see " << (fs::path(dir) / "README.md").string()
              << ")\n";
    if (from.empty()) std::cout << "next: teipress build " << dir << " -o OUT_DIR\n";
    return k_exit_ok;
}

} // namespace

const CommandSpec init_command = {"init", "start an edition folder (or derive one from a volume)", declare_init,
                                  k_init_help, run_init};

} // namespace teipress::cli
