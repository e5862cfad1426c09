// SPDX-License-Identifier: EUPL-1.2
// The tool's own messages (errors and notes), in Dutch and English: the language of --lang, so
// that everything the tool prints is in one language. Messages from the library come with both.
#pragma once

#include <string>

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
};

// The message in "nl" or "en" (anything else: nl), its first {} replaced by `a`, the second by `b`.
std::string tool_text(const std::string &lang, Text id, const std::string &a = "", const std::string &b = "");

}  // namespace helder_tool
