// SPDX-License-Identifier: EUPL-1.2
// The tool's own messages (errors and notes), in Dutch and English: the language of --lang, so
// that everything the tool prints is in one language. Messages from the library come with both.
#pragma once

#include <string>
#include <vector>

#include "helder/common.h"

namespace helder_tool {

enum class Text {
    NeedsValue,        // {}: the option
    UnknownOption,     // {}: the option
    MustBe,            // {}: the option, {}: the values it takes
    CannotOpen,        // {}: the path, {}: why
    NoSuchFile,
    NoPermission,
    IsDirectory,       // {}: the path
    CannotRead,        // {}: the path
    NoDictionary,
    SeeHelp,           // {}: the command
    FileFailed,        // one file could not be checked
    FilesFailed,       // {}: the number of files that could not be checked (more than one)
    OneOnly,           // {}: the extra operand
    Required,          // {}: what is missing
    NotANumber,        // {}: the option
    NotADate,          // {}: the option
    BadByte,           // {}: the byte offset of the first byte that is not UTF-8
    NoQuotes,          // {}: the option
    NotAnObject,       // {}: the option
    UnknownCommand,    // {}: the command
    LoadChecker,
    LoadHelder,
    ShowResults,
    LibraryDetail,     // {}: the library's own message, which is in English
};

// The message in "nl" or "en" (anything else: nl), its first {} replaced by `a`, the second by `b`.
std::string tool_text(const std::string &lang, Text id, const std::string &a = "", const std::string &b = "");

// What a helder_status means, in "nl" or "en": English is the library's helder_status_string().
std::string status_text(const std::string &lang, helder_status status);

// The language of the messages from the tool's arguments: the value of --lang (also --lang=),
// read before the options are parsed, so that an error about another option is in it too.
std::string message_language(const std::vector<std::string> &args);

}  // namespace helder_tool
