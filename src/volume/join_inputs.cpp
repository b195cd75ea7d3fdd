#include "volume/join_inputs.h"

#include "core/exit_status.h"
#include "volume/split_volume.h"
#include "volume/tree_walk.h"
#include "volume/volume_index.h"
#include "volume/xml_names.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <filesystem>
#include <thread>

namespace teipress::volume {

namespace fs = std::filesystem;

namespace {

enum class Kind { Volume, Document };

struct Reader {
    JoinInputs& out;
    DiagnosticSink& sink;
    int status = k_exit_ok;

    // The worst code wins (2, a file that cannot be read, over 1).
    void fail(int code) { status = std::max(status, code); }

    std::unique_ptr<TeiFile> read(const std::string& path) {
        auto file = std::make_unique<TeiFile>();
        out.paths.push_back(path);
        ReadStatus s = read_tei_file(path, *file, sink);
        if (s != ReadStatus::Ok) {
            fail(exit_code_of(s));
            return nullptr;
        }
        return file;
    }

    // The xi:include elements of the body, in document order.
    static std::vector<pugi::xml_node> includes_of(const TeiFile& file) {
        std::vector<pugi::xml_node> found;
        pugi::xml_node body = file.doc.document_element().child("text").child("body");
        for_each_element(body, [&](pugi::xml_node e) {
            if (is_xinclude(e)) {
                found.push_back(e);
                return false;
            }
            return !is_document_div(e);
        });
        return found;
    }

    // Classifies a file (its first document in div when it is one); reports one without
    // documents.
    bool classify(const TeiFile& file, Kind& kind, pugi::xml_node& div) {
        if (!includes_of(file).empty()) {
            kind = Kind::Volume;
            return true;
        }
        VolumeIndex index = index_volume(file.doc);
        if (index.documents.empty()) {
            sink.add(file.at(index.body ? index.body : index.root, Severity::Error,
                             "no document (div type=\"document\") in its text/body: nothing to join"));
            fail(k_exit_invalid);
            return false;
        }
        kind = index.documents.size() > 1 || index.front ? Kind::Volume : Kind::Document;
        div = index.documents.front().div;
        return true;
    }

    void take_volume(std::unique_ptr<TeiFile> file) {
        if (out.base) {
            sink.add(file->at(file->doc.document_element(), Severity::Error,
                              "a second volume (the first is " + out.base->path +
                                  "): join adds documents to one volume; split this one to join its documents"));
            fail(k_exit_invalid);
            return;
        }
        out.base = std::move(file);
        load_includes();
    }

    // Reads each document the base includes, from the base's folder: the files are parsed
    // several at a time (libxml2 and pugixml parse in any thread with their own contexts);
    // their messages come in the base's order.
    void load_includes() {
        const fs::path dir = fs::path(out.base->path).parent_path();
        struct Pending {
            pugi::xml_node include;
            std::string href, pointer, path;
            std::unique_ptr<TeiFile> file = std::make_unique<TeiFile>();
            DiagnosticSink sink;
            ReadStatus status = ReadStatus::Ok;
        };
        std::vector<Pending> pending;
        for (pugi::xml_node inc : includes_of(*out.base)) {
            std::string href = inc.attribute("href").value();
            fs::path rel(href);
            bool local = !href.empty() && rel.is_relative() && href.find(':') == std::string::npos &&
                         std::none_of(rel.begin(), rel.end(), [](const fs::path& p) { return p == ".."; });
            if (!local) {
                sink.add(out.base->at(inc, Severity::Error,
                                      "an include must name a document file of the folder by a relative path, not \"" +
                                          href + "\""));
                fail(k_exit_invalid);
                continue;
            }
            Pending& item = pending.emplace_back();
            item.include = inc;
            item.href = href;
            item.pointer = inc.attribute("xpointer").value();
            item.path = (dir / rel).string();
        }
        std::atomic<std::size_t> next{0};
        auto worker = [&] {
            for (std::size_t i = next++; i < pending.size(); i = next++)
                pending[i].status = read_tei_file(pending[i].path, *pending[i].file, pending[i].sink);
        };
        unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
        std::vector<std::thread> pool;
        for (unsigned t = 1; t < threads && t < pending.size(); ++t) pool.emplace_back(worker);
        worker();
        for (auto& t : pool) t.join();

        for (auto& p : pending) {
            out.paths.push_back(p.path);
            for (const auto& d : p.sink.items()) sink.add(d);
            if (p.status != ReadStatus::Ok) {
                fail(exit_code_of(p.status));
                continue;
            }
            VolumeIndex index = index_volume(p.file->doc);
            pugi::xml_node div;
            for (const auto& d : index.documents)
                if (p.pointer.empty() ? index.documents.size() == 1 : d.id == p.pointer) div = d.div;
            if (!div) {
                sink.add(out.base->at(p.include, Severity::Error,
                                      p.pointer.empty()
                                          ? p.href + " does not hold exactly one document"
                                          : p.href + " holds no document with xml:id \"" + p.pointer + "\""));
                fail(k_exit_invalid);
                continue;
            }
            out.included.push_back({p.include, p.pointer, std::move(p.file), div});
        }
    }

    void take_file(const std::string& path) {
        auto file = read(path);
        if (!file) return;
        Kind kind;
        pugi::xml_node div;
        if (!classify(*file, kind, div)) return;
        if (kind == Kind::Volume)
            take_volume(std::move(file));
        else
            out.documents.push_back({std::move(file), div});
    }

    void take_folder(const fs::path& dir) {
        if (fs::exists(dir / k_frame_name)) {
            take_file((dir / k_frame_name).string());
            return;
        }
        std::vector<fs::path> files;
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(dir, ec))
            if (e.is_regular_file() && e.path().extension() == ".xml") files.push_back(e.path());
        std::sort(files.begin(), files.end(), [](const fs::path& a, const fs::path& b) {
            return natural_less(a.filename().string(), b.filename().string());
        });
        bool edition = fs::exists(dir / "edition.xml");
        if (edition && !out.base && !out.record) {
            out.record = read((dir / "edition.xml").string());
            for (const char* list : {"persons.xml", "terms.xml"})
                if (fs::exists(dir / list))
                    if (auto f = read((dir / list).string())) out.lists.push_back(std::move(f));
        }
        std::size_t taken = 0;
        for (const auto& f : files) {
            std::string name = f.filename().string();
            if (edition && (name == "edition.xml" || name == "persons.xml" || name == "terms.xml")) continue;
            take_file(f.string());
            ++taken;
        }
        if (taken == 0) {
            sink.error(dir.string(), 0, 0, "no TEI document (*.xml) in the folder");
            fail(k_exit_usage);
        }
    }

    // "d9.xml" before "d10.xml": runs of digits compare as numbers.
    static bool natural_less(const std::string& a, const std::string& b) {
        std::size_t i = 0, j = 0;
        while (i < a.size() && j < b.size()) {
            if (std::isdigit(static_cast<unsigned char>(a[i])) && std::isdigit(static_cast<unsigned char>(b[j]))) {
                std::size_t i2 = i, j2 = j;
                while (i2 < a.size() && std::isdigit(static_cast<unsigned char>(a[i2]))) ++i2;
                while (j2 < b.size() && std::isdigit(static_cast<unsigned char>(b[j2]))) ++j2;
                std::string x = a.substr(i, i2 - i), y = b.substr(j, j2 - j);
                x.erase(0, std::min(x.find_first_not_of('0'), x.size()));
                y.erase(0, std::min(y.find_first_not_of('0'), y.size()));
                if (x.size() != y.size()) return x.size() < y.size();
                if (x != y) return x < y;
                i = i2;
                j = j2;
                continue;
            }
            if (a[i] != b[j]) return a[i] < b[j];
            ++i;
            ++j;
        }
        return a.size() - i < b.size() - j;
    }
};

} // namespace

int gather_join_inputs(const std::vector<std::string>& paths, JoinInputs& out, DiagnosticSink& sink) {
    Reader reader{out, sink};
    for (const auto& p : paths) {
        std::error_code ec;
        if (fs::is_directory(p, ec))
            reader.take_folder(p);
        else
            reader.take_file(p);
    }
    return reader.status;
}

} // namespace teipress::volume
