/**
 * UI strings for the reader's own imported data as every page shows it (banner, citations).
 * zh-CN is the reference; keys are prefixed `imported_`.
 */
export const zh = {
	imported_banner_label: '你导入的数据',
	imported_banner:
		'本页同时显示你在此浏览器中导入的数据（{files}）。这些数字来自你的文件，不是已发布的来源；数据只保存在本机，未上传。',
	imported_banner_remove: '移除导入的数据',
	imported_banner_manage: '管理导入',
	imported_banner_removing: '正在移除…',
	imported_cite_source: '出处：你的文件 {file}（{title}），{locator}。此为你导入的数据，不是已发布的来源。',
	imported_cite_source_short: '你的文件 {file}（{title}）',
	imported_source_badge: '你的文件',
	imported_departments_heading: '你导入的部门'
};

export const en: Record<keyof typeof zh, string> = {
	imported_banner_label: 'Your imported data',
	imported_banner:
		'This page also shows data you imported in this browser ({files}). These figures come from your files, not from a published source; they stay on this device and were not uploaded.',
	imported_banner_remove: 'Remove imported data',
	imported_banner_manage: 'Manage imports',
	imported_banner_removing: 'Removing…',
	imported_cite_source:
		'Source: your file {file} ({title}), {locator}. This is data you imported, not a published source.',
	imported_cite_source_short: 'your file {file} ({title})',
	imported_source_badge: 'your file',
	imported_departments_heading: 'Departments you imported'
};
