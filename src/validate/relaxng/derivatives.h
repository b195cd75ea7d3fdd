// Derivatives: one thread's side of the derivative algorithm — a pattern store layered over the
// compiled grammar's (the patterns derivatives make), a memo of every derivative by pattern and
// name, and one function per derivative step (startTagOpenDeriv, startAttributeDeriv, …, the
// recovery steps), as jing's ValidatorPatternBuilder, PatternMemo and *DerivFunction classes.
// Also the functions messages need: the names expected or required at a place.
#pragma once

#include "validate/relaxng/compiled_grammar.h"
#include "validate/relaxng/memo_table.h"

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace teipress::validate::relaxng {

// Why a string did not match a data or value pattern (for messages).
struct DataFailure {
    const Datatype* datatype = nullptr;
    std::string message;                  // the datatype's "must be …", or empty
    const DatatypeValue* value = nullptr; // a value pattern the string was not equal to
    bool except = false;                  // it matched a data pattern's except
    int token_index = -1;                 // in a list: which token (and where it is)
    std::size_t token_start = 0, token_end = 0;
};

class Derivatives {
  public:
    // trim_patterns: past this many patterns of its own, trim() forgets everything derived.
    explicit Derivatives(const CompiledGrammar& grammar, std::size_t trim_patterns = 200000);
    Derivatives(const Derivatives&) = delete;
    Derivatives& operator=(const Derivatives&) = delete;

    // The grammar derived, and the builder of this thread's patterns.
    const CompiledGrammar& grammar() const { return m_grammar; }
    PatternBuilder& builder() { return m_builder; }

    // The steps (memoised; notAllowed when p does not allow the event):
    // a start tag named n (its content, After the rest);
    const Pattern* start_tag_open(const Pattern* p, Name n);
    // the same, a required first part of a group skipped (to recover from a missing element);
    const Pattern* start_tag_open_recover(const Pattern* p, Name n);
    // an attribute named n (its value, After the rest: attributes in any order);
    const Pattern* start_attribute(const Pattern* p, Name n);
    // the end of the start tag (the attributes not given become notAllowed);
    const Pattern* end_attributes(const Pattern* p);
    // the same, the attributes not given taken as present (recovery);
    const Pattern* ignore_missing_attributes(const Pattern* p);
    // p without its elements (the content of a data element, before its text);
    const Pattern* text_only(const Pattern* p);
    // non-blank text among elements (only text patterns take it);
    const Pattern* mixed_text(const Pattern* p);
    // the end tag (the part After it, when what came before may end);
    const Pattern* end_tag(const Pattern* p);
    // the part After the end tag, whatever came before (recovery);
    const Pattern* recover_after(const Pattern* p);
    // p with the parts After the end tag emptied (to ask what p itself still allows).
    const Pattern* empty_after(const Pattern* p);
    // The derivative of p by the string text (an attribute value, or an element's whole text
    // when its content is data); when failures is given, why text failed is appended to it.
    const Pattern* data(const Pattern* p, std::string_view text, const DatatypeContext& context,
                        std::vector<DataFailure>* failures);
    // The content of the elements, anywhere in the grammar, that name n most precisely (a
    // choice of them), or notAllowed: where jing resumes after a misplaced element.
    const Pattern* find_element(Name n);

    // The name classes of the elements (attributes) that may come next in p (memoised).
    const NormalizedNames& possible_start_tag_names(const Pattern* p);
    const NormalizedNames& possible_attribute_names(const Pattern* p);
    // The elements (attributes) p requires before it can end (named ones only).
    std::set<Name> required_elements(const Pattern* p);
    std::set<Name> required_attributes(const Pattern* p);

    // Forgets everything derived when it has grown past the limit (between documents only:
    // the patterns of a document being validated must stay).
    void trim();

  private:
    enum Op : std::uint64_t {
        k_start_tag_open,
        k_start_tag_open_recover,
        k_start_attribute,
        k_end_attributes,
        k_ignore_missing,
        k_text_only,
        k_mixed_text,
        k_end_tag,
        k_recover_after,
        k_empty_after,
        k_op_count
    };
    std::uint64_t key(Op op, const Pattern* p, std::uint64_t name_index) const {
        return (static_cast<std::uint64_t>(op) << 59) | (name_index << 36) | p->id;
    }
    std::uint64_t name_index(Name n);
    template <class F> const Pattern* apply_after(const Pattern* p, F f);
    const Pattern* open_deriv(Op op, const Pattern* p, Name n, std::uint64_t ni);
    const Pattern* open_deriv_uncached(Op op, const Pattern* p, Name n, std::uint64_t ni);
    const Pattern* unary(Op op, const Pattern* p);
    const Pattern* unary_uncached(Op op, const Pattern* p);
    // One data derivative: the string, its context, and the values of datatypes already made
    // from it (a choice of many values of one datatype makes the value once).
    struct DataCall {
        std::string_view text;
        const DatatypeContext& context;
        std::vector<std::pair<const Datatype*, std::unique_ptr<DatatypeValue>>> values;
        const DatatypeValue* value_of(const Datatype* dt);
    };
    const Pattern* data_uncached(const Pattern* p, DataCall& call, std::vector<DataFailure>* failures);
    // Whether text is valid for dt, remembered when dt allows (context-free datatypes).
    bool valid(const Datatype* dt, std::string_view text, const DatatypeContext& context);

    const CompiledGrammar& m_grammar;
    std::size_t m_trim_patterns;
    PatternStore m_store;
    PatternBuilder m_builder;
    MemoTable m_memo;
    std::unordered_map<Name, std::uint64_t, NameHash> m_names;
    std::unordered_map<Name, const Pattern*, NameHash> m_found_elements;
    // Looked up by string_view: no string is made to find a value already seen.
    struct TextHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    using ValidityByText = std::unordered_map<std::string, bool, TextHash, std::equal_to<>>;
    std::unordered_map<const Datatype*, ValidityByText> m_validity; // datatype -> text -> valid
    std::size_t m_validity_size = 0;
    std::unordered_map<std::uint64_t, NormalizedNames> m_possible; // (attributes?, pattern id) -> names
};

} // namespace teipress::validate::relaxng
