// Matcher: the validation state of one document and the messages of its errors, in jing's
// words (jing's PatternMatcher): each call takes one event of the document (a start tag's
// name, an attribute, the end of the start tag, text, an end tag) and moves the current
// pattern by its derivative; on an error it says what was expected there and recovers
// (misplaced elements are validated against their own definition, missing attributes and
// elements are assumed present), so every error of a document is reported, each once.
#pragma once

#include "validate/relaxng/derivatives.h"
#include "validate/relaxng/instance_context.h"

#include <string>
#include <vector>

namespace teipress::validate::relaxng {

class Matcher {
  public:
    explicit Matcher(Derivatives& derivatives);

    // Starts a new document. False (message set) when the schema allows nothing.
    bool start_document();
    // Each returns false when it found an error, whose text is then message().
    bool start_tag_open(Name name, const std::string& qname, const InstanceContext& cx);
    bool attribute_name(Name name, const std::string& qname, const InstanceContext& cx);
    bool attribute_value(const std::string& value, const std::string& qname, const InstanceContext& cx);
    bool start_tag_close(const std::string& qname, const InstanceContext& cx);
    // Text (a whole run between two tags) before a start tag or in content that is not data.
    bool text_before_start_tag(const std::string& text, const InstanceContext& cx);
    // Text buffered in data content, just before its end tag.
    bool text_before_end_tag(const std::string& text, const std::string& qname, const InstanceContext& cx);
    // Non-blank text in content that is not data.
    bool untyped_text(const InstanceContext& cx);
    bool end_tag(const std::string& qname, const InstanceContext& cx);
    // True after start_tag_close when the content is data (its text is then buffered whole).
    bool text_typed() const { return m_text_typed; }
    // The last error's message.
    const std::string& message() const { return m_message; }

  private:
    bool set(const Pattern* p);
    bool ignore_error() const { return m_had_error && m_memo->is_not_allowed(); }
    bool error(std::string message);
    bool set_data_deriv(const std::string& text, const std::string& qname, const InstanceContext& cx);
    std::string expected_content(const InstanceContext& cx);
    std::string expected_attributes(const InstanceContext& cx);
    std::string data_failures(const std::string& text, const InstanceContext& cx);

    Derivatives& m_d;
    const Pattern* m_memo;
    bool m_had_error = false;
    bool m_ignore_next = false; // the next end tag or attribute value was dealt with already
    bool m_text_typed = false;
    std::string m_message;
    std::vector<DataFailure> m_failures;
};

// "a", "b" or "c" — jing's list of alternatives (conjunction "or") or of requirements ("and").
std::string format_list(const std::vector<std::string>& items, const char* conjunction);

} // namespace teipress::validate::relaxng
