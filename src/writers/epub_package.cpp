#include "writers/epub_package.h"

#include <memory>
#include <zip.h>

namespace teipress::writers {

namespace {

constexpr char k_mimetype[] = "application/epub+zip";
// 1980-01-01 00:00:00 in MS-DOS form: the date every entry gets.
constexpr zip_uint16_t k_dos_date = (0 << 9) | (1 << 5) | 1;
constexpr zip_uint16_t k_dos_time = 0;

struct SourceDeleter {
    void operator()(zip_source_t* s) const { zip_source_free(s); }
};

} // namespace

Result<std::string> make_epub_container(const std::vector<PackageFile>& files, const std::string& name) {
    auto error = [&](const std::string& what) {
        return Diagnostic{Severity::Error, name, 1, 1, "cannot make the EPUB: " + what, {}};
    };
    zip_error_t zerror;
    zip_error_init(&zerror);
    std::unique_ptr<zip_source_t, SourceDeleter> buffer(zip_source_buffer_create(nullptr, 0, 0, &zerror));
    if (!buffer) return error(zip_error_strerror(&zerror));
    zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &zerror);
    if (!archive) return error(zip_error_strerror(&zerror));
    zip_source_keep(buffer.get()); // the archive's close would free it: the bytes are read after

    auto add = [&](const std::string& path, const std::string& content, bool compress) -> bool {
        zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
        if (!source) return false;
        zip_int64_t index = zip_file_add(archive, path.c_str(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            return false;
        }
        auto i = static_cast<zip_uint64_t>(index);
        return zip_set_file_compression(archive, i, compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, compress ? 9 : 0) == 0 &&
               zip_file_set_dostime(archive, i, k_dos_time, k_dos_date, 0) == 0;
    };
    const std::string mimetype = k_mimetype;
    bool ok = add("mimetype", mimetype, false);
    for (const auto& f : files) {
        if (f.path == "mimetype") {
            zip_discard(archive);
            return error("a file of the publication is named mimetype");
        }
        ok = ok && add(f.path, f.content, true);
    }
    if (!ok) {
        std::string what = zip_strerror(archive);
        zip_discard(archive);
        return error(what);
    }
    if (zip_close(archive) != 0) {
        std::string what = zip_strerror(archive);
        zip_discard(archive);
        return error(what);
    }
    zip_stat_t st;
    if (zip_source_stat(buffer.get(), &st) != 0 || zip_source_open(buffer.get()) != 0)
        return error("cannot read the archive back");
    std::string out(static_cast<std::size_t>(st.size), '\0');
    zip_int64_t read = zip_source_read(buffer.get(), out.data(), st.size);
    zip_source_close(buffer.get());
    if (read < 0 || static_cast<zip_uint64_t>(read) != st.size) return error("cannot read the archive back");
    return out;
}

} // namespace teipress::writers
