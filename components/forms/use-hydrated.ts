"use client";
// Whether React has hydrated this component: false in the server HTML and during hydration, true
// from the render right after it (and at once on a client-side navigation, which does not hydrate).
//
// A control whose value only counts once React handles it (a select whose onChange moves a meter, a
// form that useForm({ values }) resets on mount, a submit that must not fall back to the browser's
// own GET submission) is rendered disabled until then: on a slow phone the user cannot make a
// choice that is silently dropped, and Playwright's actions wait for "enabled" by themselves.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
