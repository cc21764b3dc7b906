<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CompareTableModel</name>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="60"/>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="60"/>
        <source>Family</source>
        <translation>계열</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="60"/>
        <source>Depth L</source>
        <translation>깊이 L</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="61"/>
        <source>Parameters</source>
        <translation>파라미터 수</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="61"/>
        <source>Parameters in the paper&apos;s table</source>
        <translation>논문 표의 파라미터 수</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="62"/>
        <source>Multiply-adds per image</source>
        <translation>이미지당 곱셈-덧셈(MAC)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="62"/>
        <source>Parameter memory</source>
        <translation>파라미터 메모리</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="63"/>
        <source>Training activations (batch 64)</source>
        <translation>학습 활성값 메모리 (배치 64)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="64"/>
        <source>Connections in blocks</source>
        <translation>블록 내 연결 수</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="64"/>
        <source>Connection pattern</source>
        <translation>연결 방식</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="65"/>
        <source>Paper&apos;s error C10+</source>
        <translation>논문의 오류율 C10+</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="65"/>
        <source>Paper&apos;s error C100+</source>
        <translation>논문의 오류율 C100+</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="88"/>
        <source>Current network</source>
        <translation>현재 네트워크</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="106"/>
        <source> (differs)</source>
        <translation> (불일치)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="116"/>
        <source>chain</source>
        <translation>체인</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="116"/>
        <source>residual sum</source>
        <translation>잔차 합</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="117"/>
        <source>dense concatenation</source>
        <translation>밀집 연결(concatenation)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="117"/>
        <source>fractal (mean joins)</source>
        <translation>프랙탈 (평균 결합)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="126"/>
        <source>Links that carry a feature map into a layer H_l or a join, inside the blocks: L for a chain, 2L for residual units, L(L+1)/2 for a dense block.</source>
        <translation>블록 안에서 특징 맵을 층 H_l 또는 결합(join)으로 전달하는 연결의 수: 체인은 L, 잔차 유닛은 2L, 밀집 블록은 L(L+1)/2.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="129"/>
        <source>What autograd keeps for the backward pass of one training step (float32).</source>
        <translation>학습 한 스텝의 역전파를 위해 autograd가 저장하는 값 (float32).</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="234"/>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="251"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="252"/>
        <location filename="../../explorer/ui/panels/compare_view.py" line="474"/>
        <location filename="../../explorer/ui/panels/compare_view.py" line="506"/>
        <source>Current network</source>
        <translation>현재 네트워크</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="256"/>
        <source>A network to compare: a preset or the current network</source>
        <translation>비교할 네트워크: 프리셋 또는 현재 네트워크</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="275"/>
        <source>layers L = </source>
        <translation>층 수 L = </translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="276"/>
        <source>Depth of the small block drawn in each pattern</source>
        <translation>각 연결 방식에 그릴 작은 블록의 깊이</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="278"/>
        <source>Connection patterns for a block of the same depth</source>
        <translation>같은 깊이의 블록에서 본 연결 방식</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="293"/>
        <source>Parameters (millions)</source>
        <translation>파라미터 수 (백만)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="294"/>
        <source>Test error (%)</source>
        <translation>테스트 오류율 (%)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="308"/>
        <source>Where each sits on the paper&apos;s parameters-vs-error plot</source>
        <translation>논문의 파라미터 수 대 오류율 그래프에서의 위치</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="317"/>
        <source>Offline data shipped with the app; each network is fitted to it (input channels, size, classes)</source>
        <translation>앱에 포함된 오프라인 데이터. 각 네트워크를 이 데이터에 맞춥니다 (입력 채널, 크기, 클래스 수)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="322"/>
        <source>epochs </source>
        <translation>에포크 </translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="326"/>
        <source>all batches</source>
        <translation>모든 배치</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="327"/>
        <source>batches/epoch </source>
        <translation>에포크당 배치 </translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="330"/>
        <source>seed </source>
        <translation>시드 </translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="331"/>
        <source>Train these together on the same data</source>
        <translation>같은 데이터로 함께 학습</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="332"/>
        <source>One after another, with the same data, seed, epochs and recipe</source>
        <translation>같은 데이터, 시드, 에포크, 학습 설정으로 하나씩 차례로 학습합니다</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="334"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="340"/>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="341"/>
        <source>Validation accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="343"/>
        <source>Train these together</source>
        <translation>함께 학습</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="405"/>
        <source>{name}: {note}</source>
        <translation>{name}: {note}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="434"/>
        <source>{method}: {params:g}M parameters, {error:.2f}% error</source>
        <translation>{method}: 파라미터 {params:g}M, 오류율 {error:.2f}%</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="462"/>
        <source>{name} (no error in the table)</source>
        <translation>{name} (표에 오류율 없음)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="513"/>
        <source>Training {n} networks one after another…</source>
        <translation>네트워크 {n}개를 차례로 학습하는 중…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="529"/>
        <source>{name}: epoch {epoch}/{epochs}, validation accuracy {acc:.1%}</source>
        <translation>{name}: 에포크 {epoch}/{epochs}, 검증 정확도 {acc:.1%}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="552"/>
        <source>Done. Final validation accuracy: {summary}</source>
        <translation>완료. 최종 검증 정확도: {summary}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="557"/>
        <source>Training failed: {message}</source>
        <translation>학습 실패: {message}</translation>
    </message>
</context>
<context>
    <name>PatternView</name>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="173"/>
        <source>Plain chain: x_l = H_l(x_l−1)</source>
        <translation>일반 체인: x_l = H_l(x_l−1)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="174"/>
        <source>ResNet: x_l = H_l(x_l−1) + x_l−1</source>
        <translation>ResNet: x_l = H_l(x_l−1) + x_l−1</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="175"/>
        <source>DenseNet: x_l = H_l([x_0, …, x_l−1])</source>
        <translation>DenseNet: x_l = H_l([x_0, …, x_l−1])</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="190"/>
        <source>{label} — {n} connections</source>
        <translation>{label} — 연결 {n}개</translation>
    </message>
</context>
</TS>
