#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The C# and Java declarations of docs/vendor-guide.md, as a vendor would use them: the guide's own
# code blocks compiled (C# with Mono's mcs, Java with javac and JNA), every declared function bound
# to libhelder, and a few calls through them that must give the answers C gives (a text check, a
# bad UTF-8 offset, rendering an array of helder_text_source, a shipped specification by name, a
# store in memory). vendor_guide_test.py checks the types against the headers; this checks they
# work. A language whose tools are missing is skipped ("skipped: …"); with neither, the test is.
# Usage: vendor_guide_bindings_test.sh SOURCE_DIR LIBRARY_DIR
set -euo pipefail
src="$1"; libdir="$(cd "$2" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
# The first fenced block of a language in the guide.
block() { awk -v fence="\`\`\`$1" '$0 == fence {on = 1; next} on && /^```/ {exit} on' "$src/docs/vendor-guide.md"; }
ran=0

jna=/usr/share/java/jna.jar
if command -v javac >/dev/null && command -v java >/dev/null && [ -f "$jna" ]; then
  mkdir "$work/java"
  block java > "$work/java/HelderLibrary.java"
  cat > "$work/java/Check.java" <<'JAVA'
import com.sun.jna.Memory;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

public class Check {
    static final HelderLibrary h = HelderLibrary.INSTANCE;
    static HelderLibrary.SizeT size(long n) { return new HelderLibrary.SizeT(n); }
    static void expect(boolean ok, String what) { if (!ok) throw new AssertionError(what); }
    static String take(PointerByReference out, HelderLibrary.SizeTByReference len) {
        Pointer p = out.getValue();
        try { return new String(p.getByteArray(0, Math.toIntExact(len.getValue())), StandardCharsets.UTF_8); }
        finally { h.helder_free(p); }
    }
    static Memory memory(byte[] bytes) { Memory m = new Memory(Math.max(1, bytes.length)); m.write(0, bytes, 0, bytes.length); return m; }

    public static void main(String[] args) {
        NativeLibrary library = NativeLibrary.getInstance("helder");
        int bound = 0;
        for (Method m : HelderLibrary.class.getDeclaredMethods()) { library.getFunction(m.getName()); bound++; }
        PointerByReference out = new PointerByReference();
        HelderLibrary.SizeTByReference len = new HelderLibrary.SizeTByReference();
        expect(h.helder_constants_json(out, len) == 0, "constants");
        String constants = take(out, len);
        expect(constants.contains("\"string\":\"" + h.helder_version_string() + "\""), "version: " + constants);
        PointerByReference ctx = new PointerByReference();
        expect(h.helder_ctx_create(null, size(0), ctx) == 0, "ctx: " + h.helder_last_error());
        byte[] bad = {'a', 'b', (byte) 0xff};
        HelderLibrary.SizeTByReference offset = new HelderLibrary.SizeTByReference();
        expect(h.helder_utf8_validate(bad, size(bad.length), offset) == 3 && offset.getValue() == 2, "utf8 offset");
        byte[] text = "Middels deze brief.".getBytes(StandardCharsets.UTF_8);
        expect(h.helder_text_check(ctx.getValue(), text, size(text.length), null, size(0), out, len) == 0, "check");
        byte[] report = take(out, len).getBytes(StandardCharsets.UTF_8);
        expect(new String(report, StandardCharsets.UTF_8).contains("\"rule\":\"officialese\""), "officialese");
        HelderLibrary.HelderTextSource[] sources = (HelderLibrary.HelderTextSource[]) new HelderLibrary.HelderTextSource().toArray(2);
        for (HelderLibrary.HelderTextSource s : sources) {
            s.struct_size = size(s.size());
            s.uri = memory("brief.txt\0".getBytes(StandardCharsets.UTF_8));
            s.text = memory(text); s.text_len = size(text.length);
            s.report_json = memory(report); s.report_len = size(report.length);
        }
        byte[] options = "{\"format\":\"json\"}".getBytes(StandardCharsets.UTF_8);
        IntByReference highest = new IntByReference();
        expect(h.helder_text_render(sources, size(2), options, size(options.length), out, len, highest) == 0,
               "render: " + h.helder_last_error());
        expect(take(out, len).contains("brief.txt") && highest.getValue() == 2, "render: two sources, a warning");
        expect(h.helder_procedure_spec(ctx.getValue(), "law", out, len) == 0, "spec");
        expect(take(out, len).contains("nl-jeugdbescherming"), "spec by name");
        PointerByReference store = new PointerByReference();
        expect(h.helder_store_open(ctx.getValue(), ":memory:", null, size(0), store) == 0, "store");
        expect(h.helder_store_verify(store.getValue(), out, len) == 0 && take(out, len).contains("\"ok\":true"), "verify");
        h.helder_store_close(store.getValue());
        h.helder_ctx_destroy(ctx.getValue());
        System.out.println("java: " + bound + " functions bound; check, UTF-8 offset, render, spec and store answer");
    }
}
JAVA
  (cd "$work/java" && javac -cp "$jna" -Xlint:-deprecation HelderLibrary.java Check.java 2>&1) || fail "the Java declarations do not compile"
  (cd "$work/java" && java -cp "$jna:." -Djna.library.path="$libdir" Check) || fail "Java"
  ran=$((ran + 1))
else
  echo "skipped: Java (javac, java and $jna)"
fi

if command -v mcs >/dev/null && command -v mono >/dev/null; then
  mkdir "$work/cs"
  block csharp > "$work/cs/HelderNative.cs"
  cat > "$work/cs/Check.cs" <<'CS'
using System;
using System.Runtime.InteropServices;
using System.Text;

static class Check
{
    static void Expect(bool ok, string what) { if (!ok) throw new Exception(what); }
    static string Utf8(IntPtr p, int n) { var b = new byte[n]; Marshal.Copy(p, b, 0, n); return Encoding.UTF8.GetString(b); }
    static string Take(IntPtr p, UIntPtr n) { try { return Utf8(p, checked((int)n)); } finally { HelderNative.helder_free(p); } }
    static string Static(IntPtr p) { int n = 0; while (Marshal.ReadByte(p, n) != 0) n++; return Utf8(p, n); }
    static IntPtr Copy(byte[] b) { IntPtr p = Marshal.AllocHGlobal(Math.Max(1, b.Length)); Marshal.Copy(b, 0, p, b.Length); return p; }

    static int Main()
    {
        Marshal.PrelinkAll(typeof(HelderNative));  // every declaration bound to its function
        Expect(HelderNative.helder_constants_json(out IntPtr json, out UIntPtr len) == 0, "constants");
        Expect(Take(json, len).Contains("\"string\":\"" + Static(HelderNative.helder_version_string()) + "\""), "version");
        Expect(HelderNative.helder_ctx_create(null, UIntPtr.Zero, out IntPtr ctx) == 0, "ctx");
        byte[] bad = { (byte)'a', (byte)'b', 0xff };
        Expect(HelderNative.helder_utf8_validate(bad, (UIntPtr)bad.Length, out UIntPtr offset) == 3 && (ulong)offset == 2, "utf8 offset");
        byte[] text = Encoding.UTF8.GetBytes("Middels deze brief.");
        Expect(HelderNative.helder_text_check(ctx, text, (UIntPtr)text.Length, null, UIntPtr.Zero, out IntPtr report, out UIntPtr reportLen) == 0, "check");
        byte[] reportBytes = Encoding.UTF8.GetBytes(Take(report, reportLen));
        Expect(Encoding.UTF8.GetString(reportBytes).Contains("\"rule\":\"officialese\""), "officialese");
        var source = new HelderTextSource {
            struct_size = (UIntPtr)Marshal.SizeOf(typeof(HelderTextSource)), uri = Copy(Encoding.UTF8.GetBytes("brief.txt\0")),
            text = Copy(text), text_len = (UIntPtr)text.Length, report_json = Copy(reportBytes), report_len = (UIntPtr)reportBytes.Length };
        byte[] options = Encoding.UTF8.GetBytes("{\"format\":\"json\"}");
        Expect(HelderNative.helder_text_render(new[] { source, source }, (UIntPtr)2, options, (UIntPtr)options.Length,
                                               out IntPtr rendered, out UIntPtr renderedLen, out int highest) == 0, "render");
        Expect(Take(rendered, renderedLen).Contains("brief.txt") && highest == 2, "render: two sources, a warning");
        Expect(HelderNative.helder_procedure_spec(ctx, "law", out IntPtr spec, out UIntPtr specLen) == 0, "spec");
        Expect(Take(spec, specLen).Contains("nl-jeugdbescherming"), "spec by name");
        Expect(HelderNative.helder_store_open(ctx, ":memory:", null, UIntPtr.Zero, out IntPtr store) == 0, "store");
        Expect(HelderNative.helder_store_verify(store, out IntPtr verified, out UIntPtr verifiedLen) == 0
               && Take(verified, verifiedLen).Contains("\"ok\":true"), "verify");
        HelderNative.helder_store_close(store);
        HelderNative.helder_ctx_destroy(ctx);
        Console.WriteLine("C#: " + typeof(HelderNative).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly).Length + " functions bound; check, UTF-8 offset, render, spec and store answer");
        return 0;
    }
}
CS
  (cd "$work/cs" && mcs -nologo -nowarn:618 -out:check.exe HelderNative.cs Check.cs) || fail "the C# declarations do not compile"
  (cd "$work/cs" && LD_LIBRARY_PATH="$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" mono check.exe) || fail "C#"
  ran=$((ran + 1))
else
  echo "skipped: C# (mcs and mono)"
fi
[ "$ran" -gt 0 ] || echo "skipped: no Java and no C# tools"
