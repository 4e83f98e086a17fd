/** The CLI's help texts in 简体中文, typed against the English ones (helpEn.ts). */
import type { HELP_EN } from "./helpEn";

export const HELP_ZH: Record<keyof typeof HELP_EN, string> = {
  "help.usage": `ar-desk：根据 .xlsx 应收台账生成对账单、催款函和应收报表

用法：
  ar-desk statements <台账.xlsx> [--month YYYY-MM] [--as-of YYYY-MM-DD] [--type balance-forward|open-item] [--out 文件]
  ar-desk reminders  <台账.xlsx> [--as-of YYYY-MM-DD] [--include-upcoming] [--no-letters] [--out-dir 文件夹] [--log 文件]
  ar-desk log-call   <台账.xlsx> --customer 客户编号|名称 [--as-of YYYY-MM-DD] [--visit] [--include-upcoming] [--log 文件]
  ar-desk report     <台账.xlsx> [--as-of YYYY-MM-DD] [--out 文件]
  ar-desk check      <台账.xlsx>
  ar-desk demo       [--out-dir 文件夹]

运行 'ar-desk <命令> --help' 查看某个命令的选项。

语言：任何命令都可加 --lang en|zh；未指定时，按 LC_ALL、LC_MESSAGES、LANG 的顺序取第一个已设置且
不为空的变量（zh_CN.UTF-8 等以 zh 开头的值为中文；C、POSIX 及其他值为英文）；都未设置时为英文。
输出文件（对账单、催款草稿）的语言由台账决定，与此无关。

台账可以是 Excel 工作簿（.xlsx、.xlsm 等，或 Excel 97-2003 的 .xls）或导出的 CSV 文件（.csv、.txt；UTF-8、UTF-16、GBK 或
Windows-1252 编码），按内容识别。台账文件只读取，从不改写。输出文件整份写入（先写临时文件，再改名），只会替换 AR Desk 自己写的文件；
无论通过什么文件名或链接，都不会覆盖台账。

退出码：
  0  完成
  1  check：有数据错误（无法使用的行），或台账自带的合计与其各行之和不符
  2  用法错误（包括输出会覆盖台账），或无法读取台账（不存在、不是 Excel 工作簿、因安全原因拒绝）
  3  无法写入输出（磁盘只读或已满、路径中有文件挡路、已有非 AR Desk 写的文件、催款记录被另一次运行锁定）；
     reminders：另一次运行在此期间已登记该客户的催款，本次催款未登记（同时有行未能读入时退出码为 4，两者都会说明）
  4  statements、reminders、report：已完成，但有含金额的行未能读入，或台账自带的合计与其各行之和
     不符（最后一行说明行数和金额；'ar-desk check' 说明原因）
  70 内部错误（程序缺陷：请加 AR_DESK_DEBUG=1 重新运行并报告）`,
  "help.statements": `ar-desk statements <台账.xlsx> [选项]

为每个客户的每种币种生成一张对账单工作表，另加索引工作表（Excel 表 StatementIndex），
台账有问题时还有 Data issues 工作表，写入一个新工作簿。

  --month YYYY-MM        对账月份（默认：上一个自然月）
  --as-of YYYY-MM-DD     以该日为对账日，而不是月末（期间从该月 1 日开始）
  --type TYPE            balance-forward（余额结转）或 open-item（未清项目）（默认：取自 AR Settings 工作表，否则为 balance-forward）
  --out FILE             输出工作簿（默认：台账旁的 <台账>-statements-<YYYY-MM>.xlsx）
  --date-order mdy|dmy   3/4/2026 这类文本日期的月日顺序，用于无法从数值判断的列
                         （含 13/1/2026 或 1/13/2026 的列自行决定；对应设置 ledger.dateOrder）
  --lang en|zh           这些提示信息的语言（默认按 LC_ALL、LC_MESSAGES、LANG；见 'ar-desk --help'）

退出码：0 完成；4 已完成，但有含金额的行未能读入或台账合计与各行之和不符（最后一行说明行数
和金额；'ar-desk check' 说明原因）；2 用法错误（文件、选项、找不到发票表）。`,
  "help.reminders": `ar-desk reminders <台账.xlsx> [选项]

为处于第一次提醒及以后阶段的每位客户起草一封催款函（.eml，在 Outlook 中以可编辑草稿打开）；
没有可用邮箱的客户改为生成可打印的信函（letters.xlsx）。同时写出 reminders.xlsx（含 mailto
链接和需致电客户的 Reminders 工作表），并把本次生成的内容追加到催款记录中，因此任何阶段的
费用都不会重复收取。

  --as-of YYYY-MM-DD     催款函日期（默认：今天）
  --include-upcoming     也为即将到期（在提前提醒期内）的发票起草友情提醒
  --no-letters           不生成打印信函：没有邮箱的客户列为未发送（不记录、不收费）
  --out-dir DIR          草稿存放位置（默认：台账旁的 <台账>-reminders-<as-of>/）
  --log FILE             读取并追加的催款记录工作簿（默认：台账旁的 <台账>-dunning-log.xlsx）；
                         已有的文件必须是 AR Desk 写的工作簿
  --date-order mdy|dmy   3/4/2026 这类文本日期的月日顺序，用于无法从数值判断的列
                         （含 13/1/2026 或 1/13/2026 的列自行决定；对应设置 ledger.dateOrder）
  --lang en|zh           这些提示信息的语言（默认按 LC_ALL、LC_MESSAGES、LANG；见 'ar-desk --help'）

退出码：0 完成；4 已完成，但有含金额的行未能读入或台账合计与各行之和不符（最后一行说明行数
和金额；'ar-desk check' 说明原因）；3 另一次运行在此期间已登记该客户的催款，本次催款未登记（“未登记：”），
或催款记录无法写入（同时有 4 的情形时退出码为 4，两者都会说明）；2 用法错误（文件、选项、找不到发票表）。`,
  "help.log-call": `ar-desk log-call <台账.xlsx> --customer 客户编号|名称 [选项]

在催款记录中登记一次关于某客户催款的电话（或上门拜访）：该客户每张处于催款阶段的发票记一行，
渠道为电话，不收费。之后的催款函会提及此次联系。

  --customer ID|名称     致电的客户（必填）：客户编号，或完整的客户名称（不区分大小写和空格；
                         按名称识别客户的台账没有编号）。多个客户同名时拒绝并列出这些客户：请填写编号
  --as-of YYYY-MM-DD     致电日期（默认：今天）
  --visit                上门拜访而不是电话
  --include-upcoming     也可登记关于尚未逾期（即将到期阶段）发票的联系，同 reminders --include-upcoming
  --log FILE             催款记录工作簿（默认：台账旁的 <台账>-dunning-log.xlsx）
  --date-order mdy|dmy   3/4/2026 这类文本日期的月日顺序，用于无法从数值判断的列
                         （含 13/1/2026 或 1/13/2026 的列自行决定；对应设置 ledger.dateOrder）
  --lang en|zh           这些提示信息的语言（默认按 LC_ALL、LC_MESSAGES、LANG；见 'ar-desk --help'）

退出码：0 已登记；2 用法错误（文件、选项、台账中没有该客户、多个客户同名），或该客户当天没有需要催款的
发票（不登记任何内容）。`,
  "help.report": `ar-desk report <台账.xlsx> [选项]

应收账款汇总：每位客户的账龄、信用额度和可用额度、催款阶段、坏账准备，以及各币种合计和 DSO
（应收账款周转天数）。在终端打印为表格，或用 --out 写成 'AR Summary' 工作表。

  --as-of YYYY-MM-DD     计算账龄的日期（默认：今天）
  --out FILE             写成 .xlsx 文件，而不是打印
  --date-order mdy|dmy   3/4/2026 这类文本日期的月日顺序，用于无法从数值判断的列
                         （含 13/1/2026 或 1/13/2026 的列自行决定；对应设置 ledger.dateOrder）
  --lang en|zh           这些提示信息的语言（默认按 LC_ALL、LC_MESSAGES、LANG；见 'ar-desk --help'）

退出码：0 完成；4 已完成，但有含金额的行未能读入或台账合计与各行之和不符（最后一行说明行数
和金额；'ar-desk check' 说明原因）；2 用法错误（文件、选项、找不到发票表）。`,
  "help.check": `ar-desk check <台账.xlsx>

显示所用的映射（工作表、表头行、每个字段对应的列、被忽略的列）、推断出的默认币种、语言和文本
日期顺序，然后列出每个数据问题（工作表、行、列、值、原因）以及未读入的行及其金额。

  --date-order mdy|dmy   3/4/2026 这类文本日期的月日顺序，用于无法从数值判断的列
                         （含 13/1/2026 或 1/13/2026 的列自行决定；对应设置 ledger.dateOrder）
  --lang en|zh           这些提示信息的语言（默认按 LC_ALL、LC_MESSAGES、LANG；见 'ar-desk --help'）

有任何错误（无法使用的行）或台账自带的合计与其各行之和不符时退出码为 1，否则为 0（只有其他
警告和提示，例如跳过的合计行或空行，退出码为 0）；2 用法错误。`,
  "help.demo": `ar-desk demo [--out-dir 文件夹]

在 assets/ 中附带的示例台账（sample-ledger.xlsx）上依次运行 check、statements、reminders 和
report，输出到 ./ar-desk-demo/（或指定的文件夹）。每一步都先显示单独运行时效果相同的命令；
最后还会在终端打印应收账款汇总表。

  --out-dir DIR          输出文件夹（默认：./ar-desk-demo）
  --lang en|zh           这些提示信息的语言（默认按 LC_ALL、LC_MESSAGES、LANG；见 'ar-desk --help'）`,
};
