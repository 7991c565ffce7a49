import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/config";

// Auth.js reads `callbackUrl` with `new URL(…)`, so a value that is neither a path nor an absolute
// URL ("x") made it throw: a 500. Such a value is dropped (Auth.js then returns to the home page);
// an absolute URL of another site is already turned into the home page by Auth.js itself.
function withSafeCallbackUrl(request: NextRequest): NextRequest {
  const value = request.nextUrl.searchParams.get("callbackUrl");
  if (value === null || isUsableCallbackUrl(value)) return request;
  const url = request.nextUrl.clone();
  url.searchParams.delete("callbackUrl");
  return new NextRequest(url, request);
}

function isUsableCallbackUrl(value: string): boolean {
  if (value.startsWith("/")) return !value.startsWith("//") && !value.startsWith("/\\");
  return URL.canParse(value);
}

const guarded =
  (handler: (request: NextRequest) => Promise<Response>) =>
  async (request: NextRequest): Promise<Response> => {
    try {
      return await handler(withSafeCallbackUrl(request));
    } catch (err) {
      console.error("[auth] request refused:", err);
      return Response.json({ error: "Yêu cầu đăng nhập không hợp lệ." }, { status: 400 });
    }
  };

export const GET = guarded(handlers.GET);
export const POST = guarded(handlers.POST);
