<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../ui/errors.py" line="119"/>
        <source>Unexpected error</source>
        <translation>예기치 않은 오류</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="120"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="122"/>
        <source>Something went wrong inside the explorer. The window keeps working; the details below help to report it.</source>
        <translation>앱 내부에서 문제가 발생했습니다. 창은 계속 사용할 수 있으며, 아래의 세부 정보는 문제를 보고할 때 도움이 됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="125"/>
        <source>{0} unexpected errors since this box opened; the details of each are below.</source>
        <translation>이 대화 상자가 열린 뒤 예기치 않은 오류가 {0}번 발생했습니다. 각 오류의 세부 정보는 아래에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="127"/>
        <source>Also written to: {0}</source>
        <translation>다음 파일에도 기록했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="231"/>
        <source>Unexpected error: {0}</source>
        <translation>예기치 않은 오류: {0}</translation>
    </message>
</context>
</TS>
