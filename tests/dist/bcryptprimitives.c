/* For the Wine test only (tests/dist/run.sh); never shipped.
 *
 * Rust's standard library takes random bytes (for HashMap's keys) from
 * ProcessPrng in bcryptprimitives.dll, which every Windows since 10 has.
 * Wine 8, the version Debian 12 packages, has no such DLL, so mueang.exe
 * would not start under it. This stand-in, put beside mueang.exe in the
 * test's own copy, answers ProcessPrng from Wine's RtlGenRandom
 * (advapi32's SystemFunction036). */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
  while (length > 0) {
    ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
    if (!SystemFunction036(data, chunk)) return FALSE;
    data += chunk;
    length -= chunk;
  }
  return TRUE;
}
