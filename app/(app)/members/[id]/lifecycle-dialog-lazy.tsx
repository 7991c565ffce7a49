"use client";
// Only the BCH gets the status dialog, so only their browsers load it (with its form and zod): a
// member opening their own record on a phone does not. A dynamic import inside a client component
// is a chunk of its own, fetched when rendered (decision 0058).
import dynamic from "next/dynamic";

export const LifecycleDialog = dynamic(() => import("./lifecycle-dialog").then((m) => m.LifecycleDialog));
