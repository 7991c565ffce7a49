import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/config";

// Auth.js reads `callbackUrl` with `new URL(…)`, so a value that is not a URL ("x") or not a web
// one ("javascript:…") made it answer 500. Only a path of this site, or a URL of this site, is
// passed on; anything else is dropped, and Auth.js returns to the home page.
function withSafeCallbackUrl(request: NextRequest): NextRequest {
  const value = request.nextUrl.searchParams.get("callbackUrl");
  if (value === null || isOwnUrl(value, request.nextUrl.origin)) return request;
  const url = request.nextUrl.clone();
  url.searchParams.delete("callbackUrl");
  return new NextRequest(url, request);
}

function isOwnUrl(value: string, origin: string): boolean {
  if (value.startsWith("/")) return !value.startsWith("//") && !value.startsWith("/\\");
  return URL.canParse(value) && new URL(value).origin === origin;
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
