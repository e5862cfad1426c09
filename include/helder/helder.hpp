/* SPDX-License-Identifier: EUPL-1.2 */
/**
 * @file helder.hpp
 * C++17 convenience layer over the C API: RAII handles, std::string_view in, std::string out.
 *
 * Header-only and inline; it calls only the functions of helder.h, so it adds nothing to the ABI
 * and links against the same libhelder.so.1. Every call returns a helder::Result<T>: test it with
 * ok() and read status() and message(), or call value(), which throws helder::Error when the call
 * failed. Which of the two a program uses is its own choice, call by call.
 *
 * @code
 * helder::Context ctx = helder::Context::create().value();           // throws on failure
 * helder::Result<std::string> report = ctx.check_text("Middels deze brief.");
 * if (report) std::cout << *report;                                   // the JSON report
 * else std::cerr << report.message();                                 // no exception
 * @endcode
 * @since 1.3
 */
#ifndef HELDER_HELDER_HPP
#define HELDER_HELDER_HPP

#include <helder/helder.h>

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace helder {

/** A failed call: its status code and helder_last_error()'s message. @since 1.3 */
class Error : public std::runtime_error {
public:
    /**
     * @param status the status the C function returned
     * @param message what helder_last_error() said
     */
    Error(helder_status status, const std::string &message)
        : std::runtime_error(message), status_(status) {}
    /** @return the status code of the failed call */
    helder_status status() const noexcept { return status_; }

private:
    helder_status status_;
};

/**
 * The value of a call, or its error: ok() tells which. value() returns the value or throws Error.
 * @since 1.3
 */
template <typename T>
class Result {
public:
    /**
     * @param value a successful call's value
     * @return a Result that holds it
     */
    static Result success(T value) { return Result(HELDER_OK, std::move(value), std::string()); }
    /**
     * @param status the failed call's status (not HELDER_OK)
     * @param message its message
     * @return a Result that holds the error
     */
    static Result failure(helder_status status, std::string message) { return Result(status, T(), std::move(message)); }

    /** @return whether the call succeeded */
    bool ok() const noexcept { return status_ == HELDER_OK; }
    /** @return ok() */
    explicit operator bool() const noexcept { return ok(); }
    /** @return the status of the call (HELDER_OK when it succeeded) */
    helder_status status() const noexcept { return status_; }
    /** @return the error message, empty when the call succeeded */
    const std::string &message() const noexcept { return message_; }
    /** @return the value; throws Error when the call failed */
    T &value() & { check(); return value_; }
    /** @return the value; throws Error when the call failed */
    const T &value() const & { check(); return value_; }
    /** @return the value, moved out; throws Error when the call failed */
    T &&value() && { check(); return std::move(value_); }
    /** @return the value; throws Error when the call failed */
    T &operator*() & { return value(); }
    /** @return the value; throws Error when the call failed */
    const T &operator*() const & { return value(); }
    /** @return a pointer to the value; throws Error when the call failed */
    T *operator->() { return &value(); }
    /** @return a pointer to the value; throws Error when the call failed */
    const T *operator->() const { return &value(); }

private:
    Result(helder_status status, T value, std::string message)
        : status_(status), value_(std::move(value)), message_(std::move(message)) {}
    void check() const {
        if (!ok()) throw Error(status_, message_);
    }
    helder_status status_;
    T value_;
    std::string message_;
};

namespace detail {

/** A JSON argument: NULL with length 0 for "none", as the C API takes it. */
inline const char *data_or_null(std::string_view s) noexcept { return s.empty() ? nullptr : s.data(); }

/** Calls a C function that hands out a string with helder_free(); copies it into a std::string. */
template <typename Call>
Result<std::string> text(Call call) {
    char *out = nullptr;
    size_t len = 0;
    const helder_status status = call(&out, &len);
    if (status != HELDER_OK) {
        helder_free(out);
        return Result<std::string>::failure(status, helder_last_error());
    }
    std::string value(out ? out : "", out ? len : 0);
    helder_free(out);
    return Result<std::string>::success(std::move(value));
}

} // namespace detail

/** @return the run-time version as MAJOR*10000 + MINOR*100 + PATCH. @since 1.3 */
inline int version_number() noexcept { return helder_version_number(); }
/** @return the run-time version as "MAJOR.MINOR.PATCH". @since 1.3 */
inline std::string version_string() { return helder_version_string(); }
/** @return every public constant as JSON (helder_constants_json()). @since 1.3 */
inline Result<std::string> constants_json() {
    return detail::text([](char **out, size_t *len) { return helder_constants_json(out, len); });
}

/**
 * The last day of a legal deadline (helder_procedure_deadline()).
 * @param request_json the request: "kind", "from", and optionally "party", "today", "format",
 *        "language"
 * @return the answer: JSON, or text for "format": "text"
 * @since 1.3
 */
inline Result<std::string> procedure_deadline(std::string_view request_json) {
    return detail::text([&](char **out, size_t *len) {
        return helder_procedure_deadline(request_json.data(), request_json.size(), out, len);
    });
}

/**
 * Proves the properties of a procedure specification (helder_procedure_verify()).
 * @param spec_json a shipped name ("law", "toekomstscenario") or a specification's JSON
 * @param options_json options ("max_states", "format", "language"), or empty
 * @return the report: JSON, or text for "format": "text"
 * @since 1.3
 */
inline Result<std::string> procedure_verify(std::string_view spec_json, std::string_view options_json = {}) {
    return detail::text([&](char **out, size_t *len) {
        return helder_procedure_verify(spec_json.data(), spec_json.size(), detail::data_or_null(options_json),
                                       options_json.size(), out, len);
    });
}

/**
 * Draws a procedure specification as Graphviz dot or Mermaid (helder_procedure_render()).
 * @param spec_json a shipped name ("law", "toekomstscenario") or a specification's JSON
 * @param options_json the options: "format" ("dot" or "mermaid", required), "language",
 *        "highlight" (stage ids)
 * @return the picture's source
 * @since 1.3
 */
inline Result<std::string> procedure_render(std::string_view spec_json, std::string_view options_json) {
    return detail::text([&](char **out, size_t *len) {
        return helder_procedure_render(spec_json.data(), spec_json.size(), detail::data_or_null(options_json),
                                       options_json.size(), out, len);
    });
}

class Store;

/**
 * A context (helder_ctx): create one and share it across threads; it is destroyed with the
 * object. Movable, not copyable.
 * @since 1.3
 */
class Context {
public:
    /**
     * @param options_json the context's options (for example {"dictionary":"system"}), or empty
     * @return the context, or the error of helder_ctx_create()
     */
    static Result<Context> create(std::string_view options_json = {}) {
        helder_ctx *ctx = nullptr;
        const helder_status status =
            helder_ctx_create(detail::data_or_null(options_json), options_json.size(), &ctx);
        if (status != HELDER_OK) return Result<Context>::failure(status, helder_last_error());
        return Result<Context>::success(Context(ctx));
    }

    /** An empty context: every call on it fails with HELDER_E_INVALID_ARGUMENT. */
    Context() = default;

    /** @return the C handle, for calls this header does not wrap; still owned by this object */
    const helder_ctx *get() const noexcept { return ctx_.get(); }

    /**
     * Checks a Dutch text (helder_text_check()).
     * @param utf8 the text
     * @param options_json the check's options, or empty
     * @return the JSON report
     */
    Result<std::string> check_text(std::string_view utf8, std::string_view options_json = {}) const {
        return detail::text([&](char **out, size_t *len) {
            return helder_text_check(ctx_.get(), utf8.data(), utf8.size(), detail::data_or_null(options_json),
                                     options_json.size(), out, len);
        });
    }

    /**
     * Validates a family dossier (helder_dossier_validate()).
     * @param dossier_json the dossier
     * @param options_json the options (for example {"today":"2026-12-01"}), or empty
     * @return the JSON report
     */
    Result<std::string> validate_dossier(std::string_view dossier_json, std::string_view options_json = {}) const {
        return detail::text([&](char **out, size_t *len) {
            return helder_dossier_validate(ctx_.get(), dossier_json.data(), dossier_json.size(),
                                           detail::data_or_null(options_json), options_json.size(), out, len);
        });
    }

    /**
     * The part of a dossier one person may see (helder_dossier_view()).
     * @param dossier_json the dossier
     * @param request_json who asks
     * @return the JSON view
     */
    Result<std::string> view_dossier(std::string_view dossier_json, std::string_view request_json) const {
        return detail::text([&](char **out, size_t *len) {
            return helder_dossier_view(ctx_.get(), dossier_json.data(), dossier_json.size(), request_json.data(),
                                       request_json.size(), out, len);
        });
    }

    /**
     * A shipped procedure specification (helder_procedure_spec()).
     * @param name "law", "toekomstscenario" or a specification's id
     * @return the specification's JSON
     */
    Result<std::string> procedure_spec(const std::string &name) const {
        return detail::text([&](char **out, size_t *len) { return helder_procedure_spec(ctx_.get(), name.c_str(), out, len); });
    }

    /**
     * Applies an event to a procedure instance (helder_procedure_apply()).
     * @param spec_json the specification, or empty for the one the instance names
     * @param instance_json the instance
     * @param event_json the event
     * @return the JSON answer: applied or refused, the new instance and state
     */
    Result<std::string> procedure_apply(std::string_view spec_json, std::string_view instance_json,
                                        std::string_view event_json) const {
        return detail::text([&](char **out, size_t *len) {
            return helder_procedure_apply(ctx_.get(), detail::data_or_null(spec_json), spec_json.size(),
                                          instance_json.data(), instance_json.size(), event_json.data(),
                                          event_json.size(), out, len);
        });
    }

    /**
     * Where a procedure instance stands (helder_procedure_state()).
     * @param spec_json the specification, or empty for the one the instance names
     * @param instance_json the instance
     * @param query_json the query ("today", "party"), or empty for today and every party
     * @return the JSON state
     */
    Result<std::string> procedure_state(std::string_view spec_json, std::string_view instance_json,
                                        std::string_view query_json = {}) const {
        return detail::text([&](char **out, size_t *len) {
            return helder_procedure_state(ctx_.get(), detail::data_or_null(spec_json), spec_json.size(),
                                          instance_json.data(), instance_json.size(), detail::data_or_null(query_json),
                                          query_json.size(), out, len);
        });
    }

    /**
     * A child's procedure instance from the dossier (helder_procedure_from_dossier()).
     * @param dossier_json the dossier
     * @param request_json {"child": a member id, "today": optional date}
     * @return the JSON answer, with the instance to pass to procedure_state()
     */
    Result<std::string> procedure_from_dossier(std::string_view dossier_json, std::string_view request_json) const {
        return detail::text([&](char **out, size_t *len) {
            return helder_procedure_from_dossier(ctx_.get(), dossier_json.data(), dossier_json.size(),
                                                 request_json.data(), request_json.size(), out, len);
        });
    }

    /**
     * Opens a store (helder_store_open()).
     * @param path a file, or ":memory:"
     * @param options_json the store's options, or empty
     * @return the store; it must not outlive this context
     */
    Result<Store> open_store(const std::string &path, std::string_view options_json = {}) const;

private:
    struct Destroy {
        void operator()(helder_ctx *ctx) const noexcept { helder_ctx_destroy(ctx); }
    };
    explicit Context(helder_ctx *ctx) : ctx_(ctx) {}
    std::unique_ptr<helder_ctx, Destroy> ctx_;
};

/**
 * A dossier store (helder_store), closed with the object. Movable, not copyable. Like the C
 * handle, one store is used by one thread at a time.
 * @since 1.3
 */
class Store {
public:
    /** An empty store: every call on it fails with HELDER_E_INVALID_ARGUMENT. */
    Store() = default;

    /**
     * Stores a new version (helder_store_commit()).
     * @param dossier_json the dossier
     * @param request_json expected_version, author, reason
     * @return the JSON answer
     */
    Result<std::string> commit(std::string_view dossier_json, std::string_view request_json) {
        return detail::text([&](char **out, size_t *len) {
            return helder_store_commit(store_.get(), dossier_json.data(), dossier_json.size(), request_json.data(),
                                       request_json.size(), out, len);
        });
    }
    /** @param request_json who reads what @return the JSON answer (helder_store_read()) */
    Result<std::string> read(std::string_view request_json) { return call(helder_store_read, request_json); }
    /** @param request_json which dossier @return its versions (helder_store_history()) */
    Result<std::string> history(std::string_view request_json) { return call(helder_store_history, request_json); }
    /** @param request_json the statement @return the JSON answer (helder_store_add_statement()) */
    Result<std::string> add_statement(std::string_view request_json) { return call(helder_store_add_statement, request_json); }
    /** @param request_json who asks, and the format @return the export (helder_store_export()) */
    Result<std::string> export_for(std::string_view request_json) { return call(helder_store_export, request_json); }
    /** @param request_json the request @return the JSON answer (helder_store_request_destruction()) */
    Result<std::string> request_destruction(std::string_view request_json) {
        return call(helder_store_request_destruction, request_json);
    }
    /** @param request_json the head to check @return the JSON answer (helder_store_verify_head()) */
    Result<std::string> verify_head(std::string_view request_json) { return call(helder_store_verify_head, request_json); }
    /** @param request_json the request, or empty @return anonymous indicators (helder_store_indicators()) */
    Result<std::string> indicators(std::string_view request_json = {}) { return call(helder_store_indicators, request_json); }
    /** @return the audit chain's check (helder_store_verify()) */
    Result<std::string> verify() {
        return detail::text([&](char **out, size_t *len) { return helder_store_verify(store_.get(), out, len); });
    }

private:
    friend class Context;
    struct Close {
        void operator()(helder_store *store) const noexcept { helder_store_close(store); }
    };
    explicit Store(helder_store *store) : store_(store) {}
    template <typename Function>
    Result<std::string> call(Function function, std::string_view request_json) {
        return detail::text([&](char **out, size_t *len) {
            return function(store_.get(), detail::data_or_null(request_json), request_json.size(), out, len);
        });
    }
    std::unique_ptr<helder_store, Close> store_;
};

inline Result<Store> Context::open_store(const std::string &path, std::string_view options_json) const {
    helder_store *store = nullptr;
    const helder_status status =
        helder_store_open(ctx_.get(), path.c_str(), detail::data_or_null(options_json), options_json.size(), &store);
    if (status != HELDER_OK) return Result<Store>::failure(status, helder_last_error());
    return Result<Store>::success(Store(store));
}

/**
 * Renders checked texts as text, JSON or SARIF (helder_text_render()).
 * @param sources the checked texts with their reports, each with struct_size set to
 *        sizeof(helder_text_source); they must stay alive during the call
 * @param options_json the format, language and color, or empty for the defaults
 * @return the rendered output
 * @since 1.3
 */
inline Result<std::string> render_texts(const std::vector<helder_text_source> &sources, std::string_view options_json) {
    return detail::text([&](char **out, size_t *len) {
        return helder_text_render(sources.data(), sources.size(), detail::data_or_null(options_json), options_json.size(),
                                  out, len, nullptr);
    });
}

} // namespace helder

#endif
