// formAction keeps one value per field name; ticked checkboxes send one name many times.
// This joins them into one comma-separated value, which the schemas split again (splitIds).
export function joinIds(formData: FormData, name: string): FormData {
  const ids = formData.getAll(name).filter((v): v is string => typeof v === "string" && v !== "");
  formData.delete(name);
  if (ids.length > 0) formData.set(name, ids.join(","));
  return formData;
}
